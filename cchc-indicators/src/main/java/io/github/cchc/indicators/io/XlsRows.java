package io.github.cchc.indicators.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of an {@code .xls} workbook (Excel 97-2003, BIFF8) into {@link SheetRows} with
 * Apache POI's HSSF event API: records are read one at a time from the file ({@link
 * HSSFEventFactory}, {@link MissingRecordAwareHSSFListener} to see where rows end, {@link
 * FormatTrackingHSSFListener} for the number format of each cell), never as a whole workbook. A
 * sheet of BIFF8 holds at most 65,536 rows of 256 columns; its shared strings are held.
 */
final class XlsRows implements HSSFListener {
  /** BIFF8's last column, IV. */
  private static final int MAX_COLUMNS = 256;

  private final SheetRows rows;
  private final List<String> sheetNames = new ArrayList<>();
  private @Nullable FormatTrackingHSSFListener formats;
  private @Nullable SSTRecord strings;
  private boolean date1904;
  private int sheet = -1;
  private boolean skipping;
  private final @Nullable String[] cells = new String[MAX_COLUMNS];
  private int width;
  private int formulaColumn = -1;

  private XlsRows(SheetRows rows) {
    this.rows = rows;
  }

  /** Reads every sheet of {@code file} into {@code rows}. */
  static void read(Path file, String name, SheetRows rows) {
    XlsRows listener = new XlsRows(rows);
    FormatTrackingHSSFListener formats =
        new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(listener));
    listener.formats = formats;
    HSSFRequest request = new HSSFRequest();
    request.addListenerForAllRecords(formats);
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      new HSSFEventFactory().processWorkbookEvents(request, fs);
    } catch (DossierReadException | CsvRowHandler.SinkException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DossierReadException(
          name
              + ": not a readable .xls workbook: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          e);
    }
    rows.finish();
  }

  @Override
  public void processRecord(Record record) {
    if (record instanceof BoundSheetRecord) {
      sheetNames.add(((BoundSheetRecord) record).getSheetname());
    } else if (record instanceof BOFRecord) {
      if (((BOFRecord) record).getType() == BOFRecord.TYPE_WORKSHEET) {
        sheet++;
        skipping = false;
        width = 0;
        Arrays.fill(cells, null);
        rows.startSheet(sheet < sheetNames.size() ? sheetNames.get(sheet) : "Sheet" + (sheet + 1));
      }
    } else if (record instanceof SSTRecord) {
      strings = (SSTRecord) record;
    } else if (record instanceof DateWindow1904Record) {
      date1904 = ((DateWindow1904Record) record).getWindowing() == 1;
    } else if (sheet < 0 || skipping) {
      return;
    } else if (record instanceof LabelSSTRecord) {
      LabelSSTRecord r = (LabelSSTRecord) record;
      SSTRecord sst = strings;
      cell(
          r,
          sst == null || r.getSSTIndex() >= sst.getNumUniqueStrings()
              ? ""
              : sst.getString(r.getSSTIndex()).getString());
    } else if (record instanceof LabelRecord) {
      cell((LabelRecord) record, ((LabelRecord) record).getValue());
    } else if (record instanceof NumberRecord) {
      NumberRecord r = (NumberRecord) record;
      cell(r, number(r, r.getValue()));
    } else if (record instanceof BoolErrRecord) {
      BoolErrRecord r = (BoolErrRecord) record;
      cell(r, r.isBoolean() ? (r.getBooleanValue() ? "TRUE" : "FALSE") : "#ERROR");
    } else if (record instanceof FormulaRecord) {
      FormulaRecord r = (FormulaRecord) record;
      CellType t = r.getCachedResultTypeEnum();
      if (t == CellType.STRING) {
        formulaColumn = r.getColumn(); // the text follows in a StringRecord
      } else if (t == CellType.NUMERIC) {
        cell(r, number(r, r.getValue()));
      } else if (t == CellType.BOOLEAN) {
        cell(r, r.getCachedBooleanValue() ? "TRUE" : "FALSE");
      } else {
        cell(r, "#ERROR");
      }
    } else if (record instanceof StringRecord) {
      if (formulaColumn >= 0) {
        put(formulaColumn, ((StringRecord) record).getString());
        formulaColumn = -1;
      }
    } else if (record instanceof LastCellOfRowDummyRecord) {
      long row = ((LastCellOfRowDummyRecord) record).getRow() + 1L;
      boolean more = rows.row(row, cells, width, false);
      Arrays.fill(cells, 0, width, null);
      width = 0;
      if (!more) {
        skipping = true; // no header row in the first rows: not a sheet of dossiers
      }
    }
  }

  private String number(CellValueRecordInterface r, double value) {
    FormatTrackingHSSFListener f = formats;
    int index = f == null ? 0 : f.getFormatIndex(r);
    String format = f == null ? null : f.getFormatString(r);
    return CellTexts.number(value, index, format, date1904);
  }

  private void cell(CellValueRecordInterface r, String text) {
    put(r.getColumn(), text);
  }

  private void put(int column, String text) {
    if (column >= 0 && column < MAX_COLUMNS) {
      cells[column] = text;
      width = Math.max(width, column + 1);
    }
  }
}
