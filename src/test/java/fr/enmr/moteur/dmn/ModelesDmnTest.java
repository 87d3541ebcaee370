package fr.enmr.moteur.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.kie.api.builder.Message;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.core.compiler.profiles.ExtendedDMNProfile;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.NamedElement;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What analysts rely on in dmn/: every model opens with its diagram, says its sources, and a broken table is reported by name. */
class ModelesDmnTest {

    private static final String DMN = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20230324/DMNDI/";
    private static final List<String> DRG_ELEMENTS = List.of("decision", "inputData", "businessKnowledgeModel", "knowledgeSource", "decisionService");
    private static final List<String> REQUIREMENTS = List.of("informationRequirement", "knowledgeRequirement", "authorityRequirement");

    @Test
    void everyModelHasADiagramShowingEveryElementAndRequirement() throws Exception {
        for (Path model : models()) {
            Document doc = parse(Files.readString(model));
            Set<String> shown = new HashSet<>();
            NodeList shapes = doc.getElementsByTagNameNS(DMNDI, "DMNShape");
            for (int i = 0; i < shapes.getLength(); i++) {
                shown.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
            }
            NodeList edges = doc.getElementsByTagNameNS(DMNDI, "DMNEdge");
            for (int i = 0; i < edges.getLength(); i++) {
                shown.add(((Element) edges.item(i)).getAttribute("dmnElementRef"));
            }
            for (String tag : Stream.concat(DRG_ELEMENTS.stream(), REQUIREMENTS.stream()).toList()) {
                NodeList elements = doc.getElementsByTagNameNS(DMN, tag);
                for (int i = 0; i < elements.getLength(); i++) {
                    Element e = (Element) elements.item(i);
                    assertThat(shown).as("%s: %s %s in the diagram", model, tag, e.getAttribute("name") + e.getAttribute("id"))
                            .contains(e.getAttribute("id"));
                }
            }
        }
    }

    @Test
    void everyDecisionSaysWhereItComesFromAndEveryParameterWhetherSourcedOrCalibrated() throws Exception {
        for (Path model : models()) {
            Document doc = parse(Files.readString(model));
            for (String tag : List.of("decision", "inputData", "businessKnowledgeModel")) {
                NodeList elements = doc.getElementsByTagNameNS(DMN, tag);
                for (int i = 0; i < elements.getLength(); i++) {
                    Element e = (Element) elements.item(i);
                    String description = description(e);
                    assertThat(description).as("%s: description of %s", model, e.getAttribute("name")).isNotBlank();
                    boolean parameter = tag.equals("decision")
                            && e.getElementsByTagNameNS(DMN, "informationRequirement").getLength() == 0;
                    if (parameter) {
                        assertThat(description).as("%s: parameter %s names its source or says calibrated", model, e.getAttribute("name"))
                                .containsAnyOf("Source", "Calibré", "calibré");
                    }
                }
            }
        }
    }

    @Test
    void shippedModelsPassSchemaModelAndDecisionTableValidation() throws Exception {
        for (Path model : models()) {
            List<DMNMessage> errors = errors(validate(Files.readString(model)));
            assertThat(errors).as("validation errors of %s", model).isEmpty();
        }
    }

    @Test
    void shippedModelsHaveNoGapOrMaskedRuleInAnyDecisionTable() throws Exception {
        for (Path model : models()) {
            List<String> findings = tableAnalysisWarnings(validate(Files.readString(model))).stream().map(ModelesDmnTest::named).toList();
            assertThat(findings).as("decision table analysis of %s", model).isEmpty();
        }
    }

    @Test
    void aGapInTheClassTableIsReportedWithModelTableAndMissingValues() throws Exception {
        String model = Files.readString(Path.of("dmn/enmr.dmn"));
        String broken = model.replace("<text>&lt; 2000</text>", "<text>&lt; 1999</text>");
        assertThat(broken).isNotEqualTo(model);

        List<DMNMessage> findings = tableAnalysisWarnings(validate(broken));

        assertThat(findings).isNotEmpty().allSatisfy(m -> assertThat(modelOf(m)).isEqualTo("enmr"));
        assertThat(findings).anySatisfy(m -> assertThat(named(m)).startsWith("enmr › Part A : ").contains("Gap detected").contains("1999 .. 2000"));
    }

    @Test
    void anOverlapInTheClassTableIsReportedWithModelTableAndRules() throws Exception {
        String model = Files.readString(Path.of("dmn/enmr.dmn"));
        String broken = model.replace("[2000..4000)", "[2000..4000]");
        assertThat(broken).isNotEqualTo(model);

        List<DMNMessage> errors = errors(validate(broken));

        // Kogito fails the build with "<model>: <message>" for each of these errors
        assertThat(errors).isNotEmpty().allSatisfy(m -> assertThat(modelOf(m)).isEqualTo("enmr"));
        assertThat(errors).anySatisfy(m -> assertThat(m.getText()).contains("decision table 'Part A'"));
        assertThat(errors).anySatisfy(m -> assertThat(m.getText()).contains("Overlap").contains("rules: [2, 3]"));
    }

    private static List<DMNMessage> validate(String xml) {
        DMNValidator validator = DMNValidatorFactory.newValidator(List.of(new ExtendedDMNProfile()));
        try {
            return validator.validateUsing(DMNValidator.Validation.VALIDATE_SCHEMA, DMNValidator.Validation.VALIDATE_MODEL,
                    DMNValidator.Validation.ANALYZE_DECISION_TABLE).theseModels(new StringReader(xml));
        } finally {
            validator.dispose();
        }
    }

    /** "model › decision : message": KIE names a gap's table only by its id. */
    private static String named(DMNMessage message) {
        Object source = message.getSourceReference();
        String decision = "?";
        while (source instanceof DMNModelInstrumentedBase element && !(element instanceof Definitions)) {
            if (element instanceof NamedElement named) {
                decision = named.getName();
                break;
            }
            source = element.getParent();
        }
        return modelOf(message) + " › " + decision + " : " + message.getText();
    }

    private static String modelOf(DMNMessage message) {
        Object source = message.getSourceReference();
        while (source instanceof DMNModelInstrumentedBase element && !(element instanceof Definitions)) {
            source = element.getParent();
        }
        return source instanceof Definitions definitions ? definitions.getName() : null;
    }

    private static List<DMNMessage> errors(List<DMNMessage> messages) {
        return messages.stream().filter(m -> m.getLevel() == Message.Level.ERROR).toList();
    }

    /** KIE reports gaps, masked and subsumed rules as warnings, which Kogito lets through: the suite fails on them instead. */
    private static List<DMNMessage> tableAnalysisWarnings(List<DMNMessage> messages) {
        return messages.stream()
                .filter(m -> m.getLevel() == Message.Level.WARNING)
                .filter(m -> m.getText() != null && m.getText().matches("(?s).*(Gap|Mask|mask|Subsum|subsum|Overlap).*"))
                .toList();
    }

    private static String description(Element e) {
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && "description".equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return "";
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("dmn"))) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models;
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
    }
}
