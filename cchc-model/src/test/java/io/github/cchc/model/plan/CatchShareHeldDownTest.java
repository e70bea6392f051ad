package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catch's share of fish output is held down ({@link HeldDown#catchShare}). */
class CatchShareHeldDownTest {

  @Test
  void theCatchsShareOfFishOutputIsACeiling() {
    // thuysanvietnam.com.vn on Quyết định 1445/QĐ-TTg, the fisheries master plan to 2020 (unseen39)
    assertThat(
            TargetsRead.page(
                "Cụ thể: đến năm 2020, tổng sản lượng thủy sản đạt khoảng 7 triệu tấn (trong đó,"
                    + " sản lượng khai thác chiếm khoảng 35%, sản lượng nuôi trồng 65%); giá trị"
                    + " xuất khẩu thủy sản đạt khoảng 11 tỷ USD, tốc độ tăng trưởng bình quân 7 –"
                    + " 8%/năm."))
        .containsExactly("LE 35", "GE 65", "GE 7");
  }

  @Test
  void theCatchsGrowthOrAShareOfSomethingElseStaysAFloor() {
    // near cases: a growth of the catch; a share not of fish output
    assertThat(
            TargetsRead.page(
                "Đến năm 2020, sản lượng khai thác tăng 3%/năm, sản lượng nuôi trồng tăng 6%/năm."))
        .containsExactly("GE 3", "GE 6");
    assertThat(
            TargetsRead.page(
                "Đến năm 2020, sản lượng khai thác chiếm khoảng 35% số tàu cá của tỉnh."))
        .containsExactly("GE 35");
  }
}
