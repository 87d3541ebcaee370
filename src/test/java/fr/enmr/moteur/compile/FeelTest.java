package fr.enmr.moteur.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.kie.dmn.feel.lang.ast.infixexecutors.AddExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.DivExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.EqExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.InfixExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.LtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.LteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.MultExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.NeExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.SubExecutor;
import org.kie.dmn.feel.runtime.functions.AllFunction;
import org.kie.dmn.feel.runtime.functions.ConcatenateFunction;
import org.kie.dmn.feel.runtime.functions.CountFunction;
import org.kie.dmn.feel.runtime.functions.DateFunction;
import org.kie.dmn.feel.runtime.functions.FEELFnResult;
import org.kie.dmn.feel.runtime.functions.GetValueFunction;
import org.kie.dmn.feel.runtime.functions.ListContainsFunction;
import org.kie.dmn.feel.runtime.functions.NotFunction;
import org.kie.dmn.feel.runtime.functions.RoundHalfUpFunction;
import org.kie.dmn.feel.runtime.functions.StringFunction;
import org.kie.dmn.feel.runtime.functions.StringJoinFunction;
import org.kie.dmn.feel.runtime.functions.SumFunction;

/**
 * Feel's fast paths give what KIE's executors give, value, class and scale, for every pair of a grid of operands of
 * every kind the models meet (and some they do not): null, texts, booleans, numbers of several scales, dates, a list.
 */
class FeelTest {

    private static final List<Object> OPERANDES = Arrays.asList(null, "", "a", "b", "ENMR_2014", Boolean.TRUE, Boolean.FALSE,
            BigDecimal.ZERO, new BigDecimal("0.00"), BigDecimal.ONE, new BigDecimal("1.0"), new BigDecimal("11"), new BigDecimal("-3"),
            new BigDecimal("2000"), new BigDecimal("0.2"), new BigDecimal("123456789012345678901234567890.123456789"), BigDecimal.valueOf(4095),
            LocalDate.of(2013, 12, 31), LocalDate.of(2014, 1, 1), List.of("a"), List.of(BigDecimal.ONE));

    @Test
    void everyOperatorAgreesWithKiesExecutorOnEveryPair() {
        List<String> differences = new ArrayList<>();
        comparer("+", Feel::plus, AddExecutor.instance(), differences);
        comparer("-", Feel::moins, SubExecutor.instance(), differences);
        comparer("*", Feel::fois, MultExecutor.instance(), differences);
        comparer("/", Feel::divise, DivExecutor.instance(), differences);
        comparer("=", Feel::egal, EqExecutor.instance(), differences);
        comparer("!=", Feel::different, NeExecutor.instance(), differences);
        comparer("<", Feel::inferieur, LtExecutor.instance(), differences);
        comparer("<=", Feel::inferieurOuEgal, LteExecutor.instance(), differences);
        comparer(">", Feel::superieur, GtExecutor.instance(), differences);
        comparer(">=", Feel::superieurOuEgal, GteExecutor.instance(), differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void aChainOfPlusIsKiesLeftToRightSum() {
        assertThat(Feel.concatener("a", "b", "c")).isEqualTo("abc");
        assertThat(Feel.concatener("a", null, "c")).isNull();
        assertThat(Feel.concatener(BigDecimal.ONE, new BigDecimal("2.50"), BigDecimal.TEN)).isEqualTo(new BigDecimal("13.50"));
        assertThat(Feel.concatener("a", BigDecimal.ONE, "c")).isNull();
    }

    @Test
    void rememberedQuotientsAreThoseComputed() {
        for (int diviseur = 1; diviseur < 130; diviseur += 7) {
            for (int dividende = 0; dividende < 5000; dividende += 13) {
                BigDecimal x = BigDecimal.valueOf(dividende);
                BigDecimal y = BigDecimal.valueOf(diviseur);
                BigDecimal attendu = (BigDecimal) DivExecutor.instance().evaluate(x, y, ContexteOperateurs.INSTANCE);
                assertThat(Feel.divise(x, y)).as("%s / %s", x, y).isEqualTo(attendu); // twice: computed, then remembered
                assertThat(Feel.divise(x, y)).as("%s / %s again", x, y).isEqualTo(attendu);
            }
        }
    }

    @Test
    void anErrorKieWouldReportGivesTheDossierBackToKie() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feel.divise(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(ErreurFeel.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feel.count((Object) null)).isInstanceOf(ErreurFeel.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feel.champ("texte", "x")).isInstanceOf(ErreurFeel.class);
    }

    /** Lists of every shape the built-in functions meet: empty, with a null, of booleans, texts, numbers, mixed; read-only too. */
    private static final List<Object> LISTES = Arrays.asList(List.of(), new ArrayList<>(List.of(BigDecimal.ONE, new BigDecimal("2.50"))),
            Arrays.asList(Boolean.TRUE, null), List.of(Boolean.TRUE, Boolean.TRUE), List.of(Boolean.FALSE, Boolean.TRUE), Arrays.asList("a", null, "b"),
            List.of("ENMR_2014", "a"), Arrays.asList(BigDecimal.ONE, "a"), List.of(new BigDecimal("0.1"), new BigDecimal("1234567890.123456789012345678901234")),
            Collections.unmodifiableList(new ArrayList<>(List.of("a", "b"))), Arrays.asList(1, 2L), List.of(List.of("a"), "b"));

    private static final List<Object> ARGUMENTS = new ArrayList<>(OPERANDES);

    static {
        ARGUMENTS.addAll(LISTES);
        ARGUMENTS.addAll(List.of(LocalDate.of(0, 1, 1), LocalDate.of(999, 3, 4), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
                LocalDate.of(-1, 6, 30), new BigDecimal("1E+3"), new BigDecimal("-0.000"), Feel.contexte(new String[] {"a", "b"}, "x", null)));
    }

    /**
     * Every built-in function with a fast path gives KIE's function class's value (class and scale included) wherever it
     * gives one, and never a value where KIE reports an error; where it gives none (ErreurFeel) KIE decides the dossier.
     */
    @Test
    void everyBuiltInFunctionAgreesWithKiesClassOnEveryArgument() {
        List<String> differences = new ArrayList<>();
        for (Object a : ARGUMENTS) {
            List<?> liste = a instanceof List<?> l ? l : null;
            accord(differences, "count", a, () -> Feel.count(a), () -> CountFunction.INSTANCE.invoke(liste));
            accord(differences, "sum", a, () -> Feel.sum(a), () -> SumFunction.INSTANCE.invoke(liste));
            accord(differences, "all", a, () -> Feel.all(a), () -> AllFunction.INSTANCE.invoke(liste));
            accord(differences, "string", a, () -> Feel.string(a), () -> StringFunction.INSTANCE.invoke(a));
            accord(differences, "not", a, () -> Feel.non(a), () -> NotFunction.INSTANCE.invoke(a));
            accord(differences, "string join", a, () -> Feel.stringJoin(a), () -> StringJoinFunction.INSTANCE.invoke(liste));
            for (Object b : ARGUMENTS) {
                accord(differences, "concatenate", a + ", " + b, () -> Feel.concatenate(a, b), () -> ConcatenateFunction.INSTANCE.invoke(new Object[] {a, b}));
                accord(differences, "list contains", a + ", " + b, () -> Feel.listContains(a, b), () -> ListContainsFunction.INSTANCE.invoke(liste, b));
                if (b == null || b instanceof String) {
                    accord(differences, "string join", a + ", " + b, () -> Feel.stringJoin(a, b), () -> StringJoinFunction.INSTANCE.invoke(liste, (String) b));
                    accord(differences, "get value", a + ", " + b, () -> Feel.getValue(a, b), () -> GetValueFunction.INSTANCE.invoke(a, (String) b));
                }
                if (a instanceof BigDecimal n && b instanceof BigDecimal echelle) {
                    accord(differences, "round half up", a + ", " + b, () -> Feel.roundHalfUp(n, echelle), () -> RoundHalfUpFunction.INSTANCE.invoke(n, echelle));
                }
            }
        }
        for (BigDecimal echelle : List.of(new BigDecimal("-6111"), new BigDecimal("-6112"), new BigDecimal("6176"), new BigDecimal("6177"), new BigDecimal("2.7"))) {
            accord(differences, "round half up", echelle, () -> Feel.roundHalfUp(new BigDecimal("2.345"), echelle),
                    () -> RoundHalfUpFunction.INSTANCE.invoke(new BigDecimal("2.345"), echelle));
        }
        for (int[] jour : new int[][] {{2014, 12, 31}, {2014, 2, 29}, {2016, 2, 29}, {2014, 13, 1}, {2014, 0, 1}, {0, 1, 1}, {-5, 1, 1}, {2014, 4, 31}}) {
            BigDecimal annee = BigDecimal.valueOf(jour[0]);
            BigDecimal mois = BigDecimal.valueOf(jour[1]);
            BigDecimal quantieme = BigDecimal.valueOf(jour[2]);
            accord(differences, "date", Arrays.toString(jour), () -> Feel.date(annee, mois, quantieme), () -> DateFunction.INSTANCE.invoke(annee, mois, quantieme));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theCommonArgumentsTakeTheFastPathsAndGiveAValue() {
        assertThat(Feel.count(new ArrayList<>(List.of("a", "b")))).isEqualTo(BigDecimal.valueOf(2));
        assertThat(Feel.sum(new ArrayList<>(List.of(BigDecimal.ONE, new BigDecimal("0.50"))))).isEqualTo(new BigDecimal("1.50"));
        assertThat(Feel.string(LocalDate.of(2014, 3, 1))).isEqualTo("2014-03-01");
        assertThat(Feel.date(BigDecimal.valueOf(2014), BigDecimal.valueOf(12), BigDecimal.valueOf(31))).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(Feel.roundHalfUp(new BigDecimal("2.345"), BigDecimal.valueOf(2))).isEqualTo(new BigDecimal("2.35"));
    }

    @Test
    void aValueSharedByEveryEvaluationIsReadOnlyAtEveryDepth() {
        List<Object> interieure = new ArrayList<>(List.of("a"));
        Object figee = Feel.figee(Feel.contexte(new String[] {"liste"}, new ArrayList<>(List.of(interieure, "b"))));
        assertThat(figee).isEqualTo(java.util.Map.of("liste", List.of(List.of("a"), "b")));
        List<?> liste = (List<?>) Feel.champ(figee, "liste");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> liste.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ((List<?>) liste.get(0)).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void accord(List<String> differences, String fonction, Object arguments, Supplier<Object> feel, Supplier<FEELFnResult<?>> kie) {
        Object obtenu;
        try {
            obtenu = feel.get();
        } catch (ErreurFeel renduAKie) {
            return; // KIE decides: nothing to compare
        } catch (RuntimeException exception) {
            obtenu = exception;
        }
        FEELFnResult<?> attendu;
        try {
            attendu = kie.get();
        } catch (RuntimeException exception) { // the same failure, from the same call of KIE's class
            if (obtenu == null || obtenu.getClass() != exception.getClass()) {
                differences.add(fonction + "(" + arguments + "): KIE throws " + exception + ", Feel " + obtenu);
            }
            return;
        }
        if (attendu.isLeft()) {
            differences.add(fonction + "(" + arguments + "): KIE reports an error, Feel " + obtenu);
        } else if (!ComparaisonKie.differences("", attendu.getOrElse(null), obtenu).isEmpty()) {
            differences.add(fonction + "(" + arguments + "): KIE " + attendu.getOrElse(null) + ", Feel " + obtenu);
        }
    }

    private static void comparer(String operateur, BinaryOperator<Object> feel, InfixExecutor kie, List<String> differences) {
        for (Object a : OPERANDES) {
            for (Object b : OPERANDES) {
                Object attendu;
                try {
                    attendu = kie.evaluate(a, b, ContexteOperateurs.INSTANCE);
                } catch (ErreurFeel erreur) {
                    attendu = erreur;
                }
                Object obtenu;
                try {
                    obtenu = feel.apply(a, b);
                } catch (ErreurFeel erreur) {
                    obtenu = erreur;
                }
                boolean memes = attendu instanceof ErreurFeel ? obtenu instanceof ErreurFeel
                        : ComparaisonKie.differences("", attendu, obtenu).isEmpty();
                if (!memes) {
                    differences.add(a + " " + operateur + " " + b + ": KIE " + attendu + ", Feel " + obtenu);
                }
            }
        }
    }
}
