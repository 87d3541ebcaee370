package fr.enmr.moteur.compile.generateur;

/** How a FEEL name or a text is written in the generated source. */
final class TexteJava {

    private TexteJava() {
    }

    /** A FEEL name as KIE compares it: trimmed, inner spaces as one. */
    static String normaliser(String nom) {
        return nom == null ? null : nom.strip().replaceAll("\\s+", " ");
    }

    /** A Java string literal, ASCII only, so the source reads the same whatever the compiler's encoding. */
    static String litteral(String texte) {
        StringBuilder java = new StringBuilder("\"");
        for (char c : texte.toCharArray()) {
            switch (c) {
                case '"' -> java.append("\\\"");
                case '\\' -> java.append("\\\\");
                case '\n' -> java.append("\\n");
                case '\r' -> java.append("\\r");
                case '\t' -> java.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        java.append(String.format("\\u%04x", (int) c));
                    } else {
                        java.append(c);
                    }
                }
            }
        }
        return java.append('"').toString();
    }

    /** A DMN name inside a Javadoc comment, which it must not close. */
    static String commentaire(String texte) {
        return texte.replace("*/", "* /");
    }
}
