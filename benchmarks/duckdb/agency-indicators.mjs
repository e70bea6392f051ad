// DuckDB's computation of what `cchc indicators --by agency --year YEAR` prints (provincial
// definition), from the same CSV export: the same rows rejected (dates that do not parse, a finish
// before receipt, an unknown channel, the later rows of a repeated id), then per agency the
// numerator and denominator of on_time, early, late, fully_online, online_payment and
// result_digitised. Prints "group,indicator,numerator,denominator" lines, unsorted.
//
// usage: node agency-indicators.mjs FILE YEAR [THREADS]
import { DuckDBInstance } from '@duckdb/node-api';

const [file, year, threads] = process.argv.slice(2);
if (!file || !year) {
  console.error('usage: node agency-indicators.mjs FILE YEAR [THREADS]');
  process.exit(2);
}
const instance = await DuckDBInstance.create(':memory:', threads ? { threads } : {});
const db = await instance.connect();
const q = (s) => s.replaceAll("'", "''");
// all columns as text, as the export holds them; rowid keeps the file order for "first occurrence"
await db.run(`CREATE TEMP TABLE raw AS SELECT * FROM read_csv('${q(file)}', header = true,
  all_varchar = true, quote = '"', escape = '"')`);
const sql = `
WITH parsed AS (
  SELECT rowid AS rn,
    trim("Mã hồ sơ") AS id,
    trim("Cơ quan giải quyết") AS agency,
    trim("Hình thức nộp") AS channel,
    trim("Mức độ dịch vụ công") AS level,
    try_strptime(trim("Ngày tiếp nhận"), '%d/%m/%Y %H:%M') AS received,
    try_strptime(trim("Ngày hẹn trả"), '%d/%m/%Y %H:%M') AS due,
    nullif(trim("Ngày có kết quả"), '') AS finished_text,
    try_strptime(nullif(trim("Ngày có kết quả"), ''), '%d/%m/%Y %H:%M') AS finished,
    trim("Thanh toán trực tuyến") AS payment,
    trim("Số hóa kết quả") AS digitised,
    trim("Trạng thái") AS status
  FROM raw
), valid AS (
  SELECT * FROM parsed
  WHERE received IS NOT NULL AND due IS NOT NULL
    AND (finished_text IS NULL OR finished IS NOT NULL)
    AND (finished IS NULL OR finished >= received)
    AND channel IN ('Trực tiếp', 'Trực tuyến', 'Bưu chính công ích', 'Bưu chính')
  QUALIFY row_number() OVER (PARTITION BY id ORDER BY rn) = 1
), counted AS (
  SELECT agency,
    count(*) AS received,
    count(*) FILTER (status = 'Đã trả kết quả') AS finished,
    count(*) FILTER (status = 'Đã trả kết quả' AND CAST(finished AS DATE) < CAST(due AS DATE)) AS early,
    count(*) FILTER (status = 'Đã trả kết quả' AND CAST(finished AS DATE) <= CAST(due AS DATE)) AS on_time,
    count(*) FILTER (status = 'Đã trả kết quả' AND CAST(finished AS DATE) > CAST(due AS DATE)) AS late,
    count(*) FILTER (channel = 'Trực tuyến' AND level = 'Toàn trình') AS fully_online,
    count(*) FILTER (payment <> 'Không áp dụng') AS payment_required,
    count(*) FILTER (payment = 'Có') AS paid_online,
    count(*) FILTER (status = 'Đã trả kết quả' AND digitised = 'Có') AS result_digitised
  FROM valid
  WHERE year(received) = ${Number(year)}
  GROUP BY agency
)
SELECT agency, 'on_time', on_time, finished FROM counted
UNION ALL SELECT agency, 'early', early, finished FROM counted
UNION ALL SELECT agency, 'late', late, finished FROM counted
UNION ALL SELECT agency, 'fully_online', fully_online, received FROM counted
UNION ALL SELECT agency, 'online_payment', paid_online, payment_required FROM counted
UNION ALL SELECT agency, 'result_digitised', result_digitised, finished FROM counted`;
const result = await db.runAndReadAll(sql);
const csv = (s) => (/[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s);
const out = result.getRows().map((r) => `${csv(String(r[0]))},${r[1]},${r[2]},${r[3]}`);
process.stdout.write(out.join('\n') + '\n');
