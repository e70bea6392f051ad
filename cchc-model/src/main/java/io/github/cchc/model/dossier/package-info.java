/**
 * Dossiers of administrative procedures (hồ sơ thủ tục hành chính, TTHC) as a one-stop-shop system
 * (hệ thống một cửa điện tử) exports them: {@link io.github.cchc.model.dossier.Dossier} and its
 * vocabulary — {@link io.github.cchc.model.dossier.Channel} (trực tiếp, trực tuyến, bưu chính công
 * ích), {@link io.github.cchc.model.dossier.OnlineLevel} (toàn trình, một phần), {@link
 * io.github.cchc.model.dossier.DossierStatus}, {@link io.github.cchc.model.dossier.OnlinePayment}
 * and {@link io.github.cchc.model.dossier.Pause} (a stop for a supplement request).
 *
 * <p>A dossier knows the facts about itself that do not depend on when it is looked at — finished
 * early, on time or late; withdrawn; submitted fully online; paid online — as {@link
 * io.github.cchc.model.dossier.DossierFlag}s, computed once when it is built, so that tallies over
 * millions of dossiers only add bits.
 *
 * <pre>{@code
 * Dossier d = Dossier.builder()
 *     .id("000.00.12.H10-240105-0001")
 *     .procedureCode("1.001234")
 *     .procedureName("Cấp giấy phép xây dựng")
 *     .agency("Sở Xây dựng")
 *     .channel(Channel.ONLINE)
 *     .onlineLevel(OnlineLevel.FULL)
 *     .received(LocalDateTime.of(2024, 1, 5, 8, 30))
 *     .due(LocalDateTime.of(2024, 1, 19, 17, 0))
 *     .finished(LocalDateTime.of(2024, 1, 18, 10, 0))
 *     .build();
 * d.has(DossierFlag.FINISHED_EARLY); // true
 * }</pre>
 */
@NullMarked
@CchcStyle
package io.github.cchc.model.dossier;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
