package fr.enmr.moteur.compile;

import java.util.List;
import java.util.Map;

/**
 * A DMN model compiled to Java by {@link fr.enmr.moteur.compile.generateur.GenerateurJava}: every decision of the
 * model evaluated in dependency order.
 * Implementations are generated; they only call {@link Feel}, {@link LignesDeTables} and the JDK.
 */
public interface ModeleJava {

    /** The model's input names then its decision names, in the order of {@link #evaluer}'s values. */
    List<String> noms();

    /** The SHA-256 of the DMN text it was generated from ({@code GenerateurJava.empreinte}). */
    String empreinteDmn();

    /**
     * Every decision's value, as KIE's DMN runtime gives it (BigDecimal numbers, maps for contexts, lists).
     *
     * @param entrees the inputs as KIE's DMN context holds them ({@link EntreesFeel})
     * @throws ErreurFeel where KIE would report an error, or where the compiled code cannot be sure to agree with it
     */
    Object[] evaluer(Map<String, Object> entrees);
}
