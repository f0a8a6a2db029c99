package cn.examreg.payment.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keys of a test merchant, made fresh in the test: the merchant's RSA-2048 API key pair and certificate serial, WeChat
 * Pay's platform key pair and its id (PUB_KEY_ID_…), and a 32-character APIv3 key. {@link #shared()} makes them once
 * per JVM (RSA generation is the slow part); {@link #writePem} writes the two files the application reads.
 */
public record WechatTestKeys(KeyPair merchant, String merchantSerialNo, KeyPair platform, String platformSerialNo,
                             String apiV3Key) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static WechatTestKeys shared;
    private static KeyPair stranger;

    /** The files the application is configured with. */
    public record PemFiles(Path merchantPrivateKey, Path platformPublicKey) {
    }

    /** One set of keys for the whole test JVM. */
    public static synchronized WechatTestKeys shared() {
        if (shared == null) {
            shared = generate();
        }
        return shared;
    }

    /** An RSA-2048 key pair that belongs to nobody: signatures made with it are forgeries. */
    public static synchronized KeyPair stranger() {
        if (stranger == null) {
            stranger = rsa2048();
        }
        return stranger;
    }

    public static WechatTestKeys generate() {
        byte[] serial = new byte[20];
        RANDOM.nextBytes(serial);
        return new WechatTestKeys(rsa2048(), HexFormat.of().withUpperCase().formatHex(serial), rsa2048(),
                "PUB_KEY_ID_0119" + (100000000000L + RANDOM.nextInt(1_000_000_000)) + "2025112300000001",
                randomAlphanumeric(32));
    }

    /**
     * Writes the merchant private key (PKCS#8, like apiclient_key.pem) and the platform public key (like pub_key.pem)
     * into {@code dir}.
     */
    public PemFiles writePem(Path dir) {
        try {
            Files.createDirectories(dir);
            Path privateKey = Files.writeString(dir.resolve("apiclient_key.pem"),
                    pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Path publicKey = Files.writeString(dir.resolve("pub_key.pem"),
                    pem("PUBLIC KEY", platform.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return new PemFiles(privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PEM text of a DER key: Base64 in 64-character lines between BEGIN/END lines. */
    public static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    static String randomAlphanumeric(int length) {
        String characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(characters.charAt(RANDOM.nextInt(characters.length())));
        }
        return value.toString();
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
