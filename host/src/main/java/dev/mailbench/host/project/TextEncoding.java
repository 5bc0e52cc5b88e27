package dev.mailbench.host.project;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Project files are UTF-8. A file saved from a Japanese Windows editor is often Shift_JIS instead, and every
 * Japanese character in it is then a few bytes that are not UTF-8; this says where the first one is and, by
 * trying to read the whole file as Shift_JIS (Windows-31J), whether that is what happened.
 */
final class TextEncoding {
    /** Windows' Shift_JIS (with the NEC and IBM extensions), what Notepad and Excel write as "ANSI" in Japan. */
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private TextEncoding() {
    }

    /** Where {@code bytes} stop being UTF-8, and whether they read as Shift_JIS; empty when they are UTF-8. */
    static Optional<NotUtf8> check(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (result.isError()) {
                return Optional.of(new NotUtf8(TextPosition.at(bytes, in.position()), isShiftJis(bytes)));
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        CoderResult flushed = utf8.flush(out);
        return flushed.isError()
                ? Optional.of(new NotUtf8(TextPosition.at(bytes, bytes.length), isShiftJis(bytes)))
                : Optional.empty();
    }

    private static boolean isShiftJis(byte[] bytes) {
        try {
            SHIFT_JIS.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** @param at the first byte that is not UTF-8 */
    record NotUtf8(TextPosition at, boolean shiftJis) {
        String message() {
            if (shiftJis) {
                return "このファイルは UTF-8 ではありません（Shift_JIS？）" + at.ja()
                        + "。メモ帳などで文字コード「UTF-8」を選んで保存し直してください。"
                        + " / This file is not UTF-8 (Shift_JIS?)" + at.en()
                        + ". Save it again with the encoding \"UTF-8\" (e.g. in Notepad: Save As, Encoding).";
            }
            return "このファイルは UTF-8 ではありません" + at.ja() + "。UTF-8 として読めないバイトがあります。"
                    + " / This file is not UTF-8" + at.en() + ": it has bytes that are not valid UTF-8.";
        }
    }
}
