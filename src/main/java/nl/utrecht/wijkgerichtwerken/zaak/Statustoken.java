package nl.utrecht.wijkgerichtwerken.zaak;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a status link: 32 random bytes, never derived from the case number. The case keeps
 * only its SHA-256 hash ({@code statusTokenHash}); checking compares in constant time.
 */
public final class Statustoken {

    public static final String HASH_VARIABELE = "statusTokenHash";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Statustoken() {
    }

    public static String nieuw() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean klopt(String token, Object opgeslagenHash) {
        if (token == null || token.isBlank() || !(opgeslagenHash instanceof String hash)) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8));
    }
}
