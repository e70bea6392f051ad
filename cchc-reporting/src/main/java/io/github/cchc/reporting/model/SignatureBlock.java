package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The signature block at the foot of a document (Nghị định 30/2020/NĐ-CP, Điều 13): the authority
 * line ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"), the signer's title ("PHÓ GIÁM ĐỐC") and name.
 *
 * <pre>{@code
 * SignatureBlock signature = SignatureBlock.builder()
 *     .authority("KT. GIÁM ĐỐC")
 *     .title("PHÓ GIÁM ĐỐC")
 *     .name("Nguyễn Văn An")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = SignatureBlockBuilder.class)
public abstract class SignatureBlock {
  SignatureBlock() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static SignatureBlockBuilder builder() {
    return new SignatureBlockBuilder();
  }

  /**
   * The authority line (TM., KT., TL., TUQ., Q.), upper case, if the signer signs for another.
   *
   * @return the authority line
   */
  public abstract Optional<String> authority();

  /**
   * The signer's title, upper case ("GIÁM ĐỐC").
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The signer's full name, without academic titles; empty leaves the line blank.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  @Value.Check
  SignatureBlock normalize() {
    if (Texts.allNfc(authority().orElse(""), title(), name().orElse(""))) {
      return this;
    }
    return builder()
        .authority(authority().map(Texts::nfc))
        .title(Texts.nfc(title()))
        .name(name().map(Texts::nfc))
        .build();
  }
}
