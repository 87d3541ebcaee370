package fr.enmr.securite;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The production way to authenticate: OIDC bearer tokens, verified here with a local public key
 * (src/test/resources/oidc) instead of an identity provider's keys; HTTP Basic is off.
 */
public class ModeOidc implements QuarkusTestProfile {

    static final String EMETTEUR = "https://idp.test/realms/enmr";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.auth.basic", "false",
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmQwGKgR5ifPBnYt3QmkONZtEXcS5Mn+UUBTHIEXJNjTIE0tNDCMZSxRUGODsRU5BZBp7WlWsKvwNsiT8QKQ5ts/6gh50ojoN0d5q8nDTrHBCt0Ac+8ZzYjvNxOJb19LGvet6IyRTPsxIAYSY77cASo5oK04ltIwWget3vf96upIRPHXBSxSEwFS0sBJ/c/BqW8A8PZpruqEVATbwI+Rt8diA7gwWQmi0erCUJmXRIDfkR+K5iUs2ESgpct/hZAcPDpj1X8EH7/BQzbipQv9HmYYXbvS4UwIzu/CUrRgUbdfWkeR49Ioi6YzK0+bv+Iu6cIIRmOOLH9eb+I9I2UQd0wIDAQAB",
                "quarkus.oidc.token.issuer", EMETTEUR);
    }
}
