package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The next item of a list counted in words ("Một là, …", "Hai là, …") goes on with the item before
 * it: it sets goals when that one did ({@link OrdinalItem}).
 */
class OrdinalItemTest {
  @Test
  void aCountedItemAfterAGoalGoesOnWithIt() {
    // baokhanhhoa on the population strategy 2011-2020 (unseen48): "Hai là" has no word of intent
    // of its own, and "Cụ thể, …" after it gives the figures of the second goal
    assertThat(
            TargetsRead.page(
                "Chiến lược đề ra 11 mục tiêu cụ thể. Một là, phấn đấu tốc độ tăng dân số ở mức"
                    + " khoảng 1% vào năm 2015. Hai là, nâng cao sức khỏe, giảm bệnh, tật và tử vong"
                    + " trẻ em, thu hẹp đáng kể sự khác biệt về các chỉ báo sức khỏe trẻ em giữa các"
                    + " vùng miền. Cụ thể, giảm tỷ suất chết trẻ em dưới 5 tuổi xuống 19,3% vào năm"
                    + " 2015 và xuống 16% vào năm 2020; tỷ lệ trẻ sơ sinh được sàng lọc đạt 30% vào"
                    + " năm 2015 và 80% vào năm 2020."))
        .containsExactly("LE 1", "LE 19.3", "LE 16", "GE 30", "GE 80");
  }

  @Test
  void aCountedItemAfterNoGoalStaysAResult() {
    // a near case: the first item reports what was done, so the second is read by its own words
    assertThat(
            TargetsRead.page(
                "Một là, tốc độ tăng dân số năm 2015 ở mức 1,08%. Hai là, tỷ lệ trẻ sơ sinh được"
                    + " sàng lọc đạt 30%."))
        .isEmpty();
    assertThat(OrdinalItem.next("hai la, nang cao suc khoe")).isTrue();
    assertThat(OrdinalItem.next("muoi mot la: giam ty le")).isTrue();
    // the first item opens the list; "hai lần" is no item
    assertThat(OrdinalItem.next("mot la, phan dau")).isFalse();
    assertThat(OrdinalItem.next("hai lan, tang 5%")).isFalse();
  }
}
