/**
 * Following a plan's tasks through the year: the progress of each task as reported ({@link
 * io.github.cchc.indicators.progress.TaskProgress}: done, in progress, not started, and when it was
 * done), when each task is due in a period by the deadline the plan writes ({@link
 * io.github.cchc.indicators.progress.TaskDeadlines}), and the standing of every task as of a day
 * ({@link io.github.cchc.indicators.progress.PlanProgress}): done on time, done late, overdue — the
 * list of overdue tasks by lead unit that follow-up meetings use (danh sách nhiệm vụ chậm tiến độ)
 * — and the task indicators {@code tasks_done} and {@code tasks_on_time}.
 *
 * <pre>{@code
 * PlanProgress progress = PlanProgress.of(plan, rows);
 * TaskCount done = progress.count(Target.TASKS_DONE, period.range(), asOf);
 * done.numerator();    // 6 tasks done
 * done.denominator();  // of the 8 due in 2024
 * }</pre>
 */
@NullMarked
@CchcStyle
package io.github.cchc.indicators.progress;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
