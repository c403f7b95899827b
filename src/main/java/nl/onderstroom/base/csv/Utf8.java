package nl.onderstroom.base.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of an upload: bad bytes are reported with their line, never replaced. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The decoded text, or the line of the first byte sequence that is not UTF-8.
     *
     * @param text    the text without a leading byte order mark, or {@code null} when not UTF-8
     * @param badLine the 1-based line of the first invalid byte, or 0 when the text is valid
     */
    public record Decoded(String text, int badLine) {
        public boolean isValid() {
            return text != null;
        }
    }

    /** Decodes {@code bytes} as UTF-8, dropping a leading byte order mark (EF BB BF). */
    public static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, line);
        }
        out.flip();
        return new Decoded(out.toString(), 0);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
