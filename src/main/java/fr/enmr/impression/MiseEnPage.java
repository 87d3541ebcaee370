package fr.enmr.impression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A flowing A4 text layout over PDFBox: headings, wrapped paragraphs, label/value rows, new pages as needed, and a
 * footer on each page. One embedded Unicode font (the Liberation Sans PDFBox ships), because the standard 14 fonts
 * are WinAnsi only: French number formatting uses U+202F and « € » must print too.
 */
final class MiseEnPage implements AutoCloseable {

    /** Shipped inside pdfbox.jar as its last-resort font (SIL Open Font License); DecisionPdfTest fails if it moves. */
    private static final String POLICE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGE = 50;
    private static final float CORPS = 9.5f;
    private static final float INTERLIGNE = 1.3f;
    private static final float COLONNE_VALEURS = 230;

    private final PDDocument document = new PDDocument();
    private final PDType0Font police;
    private final Map<Integer, Boolean> glyphes = new HashMap<>();
    private final float largeur = PDRectangle.A4.getWidth() - 2 * MARGE;
    private PDPageContentStream flux;
    private float y;

    MiseEnPage(String titre, String langue) {
        try (InputStream ttf = MiseEnPage.class.getResourceAsStream(POLICE)) {
            if (ttf == null) {
                throw new IllegalStateException("PDFBox's font " + POLICE + " is missing");
            }
            police = PDType0Font.load(document, ttf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(titre);
        info.setCreator("Service de décision ENMR");
        document.getDocumentCatalog().setLanguage(langue);
        nouvellePage();
    }

    void titre(String texte) {
        bloc(texte, 15, true, 0, 6);
    }

    void intertitre(String texte) {
        espace(5);
        bloc(texte, 11.5f, true, 0, 3);
    }

    void paragraphe(String texte) {
        bloc(texte, CORPS, false, 0, 2);
    }

    void paragrapheEnRetrait(String texte) {
        bloc(texte, CORPS, false, 12, 2);
    }

    /** A bold line kept on the same page as the first line of what follows it. */
    void enGras(String texte, float retrait) {
        place(2 * CORPS * INTERLIGNE);
        bloc(texte, CORPS, true, retrait, 1);
    }

    /** A label, then its value on a line of its own (a rule version's fingerprint would not fit the value column). */
    void ligneLongue(String libelle, String valeur) {
        place(2 * CORPS * INTERLIGNE);
        bloc(libelle, CORPS, false, 0, 0);
        bloc(valeur, CORPS, false, 12, 2);
    }

    /** A label and its value side by side; the value wraps within its column. */
    void ligne(String libelle, String valeur) {
        List<String> lignes = couper(lisible(valeur), CORPS, largeur - COLONNE_VALEURS);
        float hauteur = CORPS * INTERLIGNE;
        place(hauteur * lignes.size());
        ecrire(lisible(libelle), CORPS, false, MARGE, y);
        for (String l : lignes) {
            ecrire(l, CORPS, false, MARGE + COLONNE_VALEURS, y);
            y -= hauteur;
        }
    }

    void espace(float points) {
        y -= points;
    }

    /** The PDF, each page with its footer (« texte — page n/N »). */
    byte[] pdf(String piedDePage) {
        try {
            flux.close();
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream pied = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    pied.beginText();
                    pied.setFont(police, 8);
                    pied.newLineAtOffset(MARGE, MARGE / 2);
                    pied.showText(lisible(piedDePage + " — page " + (i + 1) + "/" + total));
                    pied.endText();
                }
            }
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bloc(String texte, float taille, boolean gras, float retrait, float apres) {
        float hauteur = taille * INTERLIGNE;
        for (String l : couper(lisible(texte), taille, largeur - retrait)) {
            place(hauteur);
            ecrire(l, taille, gras, MARGE + retrait, y);
            y -= hauteur;
        }
        y -= apres;
    }

    private void place(float hauteur) {
        if (y - hauteur < MARGE) {
            nouvellePage();
        }
    }

    private void nouvellePage() {
        try {
            if (flux != null) {
                flux.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            flux = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ecrire(String texte, float taille, boolean gras, float x, float ligne) {
        try {
            flux.beginText();
            flux.setFont(police, taille);
            if (gras) { // one regular font embedded: bold drawn as fill and a thin stroke
                flux.setRenderingMode(RenderingMode.FILL_STROKE);
                flux.setLineWidth(taille / 30);
            }
            flux.newLineAtOffset(x, ligne - taille);
            flux.showText(texte);
            flux.endText();
            if (gras) {
                flux.setRenderingMode(RenderingMode.FILL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words wrapped on ordinary spaces (no-break spaces keep « 35 450,00 € » together); a word too long is cut. */
    private List<String> couper(String texte, float taille, float largeurMax) {
        List<String> lignes = new ArrayList<>();
        for (String paragraphe : texte.split("\n", -1)) {
            StringBuilder ligne = new StringBuilder();
            for (String mot : paragraphe.split(" +")) {
                String essai = ligne.isEmpty() ? mot : ligne + " " + mot;
                if (largeur(essai, taille) <= largeurMax) {
                    ligne.setLength(0);
                    ligne.append(essai);
                    continue;
                }
                if (!ligne.isEmpty()) {
                    lignes.add(ligne.toString());
                    ligne.setLength(0);
                }
                while (largeur(mot, taille) > largeurMax && mot.length() > 1) {
                    int n = mot.length() - 1;
                    while (n > 1 && largeur(mot.substring(0, n), taille) > largeurMax) {
                        n--;
                    }
                    lignes.add(mot.substring(0, n));
                    mot = mot.substring(n);
                }
                ligne.append(mot);
            }
            lignes.add(ligne.toString());
        }
        return lignes;
    }

    private float largeur(String texte, float taille) {
        try {
            return police.getStringWidth(texte) / 1000 * taille;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters become spaces and anything the font cannot draw « ? », so a team's name never breaks the PDF. */
    private String lisible(String texte) {
        if (texte == null) {
            return "";
        }
        StringBuilder sortie = new StringBuilder(texte.length());
        texte.codePoints().forEach(c -> {
            if (c == '\n') {
                sortie.append('\n');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sortie.append(' ');
            } else if (glyphes.computeIfAbsent(c, this::dessinable)) {
                sortie.appendCodePoint(c);
            } else {
                sortie.append('?');
            }
        });
        return sortie.toString();
    }

    private boolean dessinable(int codePoint) {
        try {
            police.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
