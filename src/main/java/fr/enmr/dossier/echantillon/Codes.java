package fr.enmr.dossier.echantillon;

import java.util.List;

/**
 * The codes of the packaged rule version (dmn/enmr.dmn's item definitions), as the sample generator and the tests write
 * dossiers with them. The service never checks a dossier against these: it checks it against the vocabulary of the
 * version that decides ({@link fr.enmr.dossier.Vocabulaire}); {@code CodesDuPaquetTest} keeps this copy equal to the DMN's.
 */
public final class Codes {

    private Codes() {
    }

    /** {@code tCampagne} of the packaged DMN. */
    public static final class Campagne {
        public static final String ENMR_2010 = "ENMR_2010";
        public static final String ENMR_2014 = "ENMR_2014";
        public static final List<String> VALEURS = List.of(ENMR_2010, ENMR_2014);

        private Campagne() {
        }
    }

    /** {@code tRegion} of the packaged DMN. */
    public static final class Region {
        public static final String ALSACE = "ALSACE";
        public static final String AQUITAINE = "AQUITAINE";
        public static final String AUVERGNE = "AUVERGNE";
        public static final String BASSE_NORMANDIE = "BASSE_NORMANDIE";
        public static final String BOURGOGNE = "BOURGOGNE";
        public static final String BRETAGNE = "BRETAGNE";
        public static final String CENTRE = "CENTRE";
        public static final String CHAMPAGNE_ARDENNE = "CHAMPAGNE_ARDENNE";
        public static final String CORSE = "CORSE";
        public static final String FRANCHE_COMTE = "FRANCHE_COMTE";
        public static final String GUADELOUPE = "GUADELOUPE";
        public static final String GUYANE = "GUYANE";
        public static final String HAUTE_NORMANDIE = "HAUTE_NORMANDIE";
        public static final String ILE_DE_FRANCE = "ILE_DE_FRANCE";
        public static final String LANGUEDOC_ROUSSILLON = "LANGUEDOC_ROUSSILLON";
        public static final String LIMOUSIN = "LIMOUSIN";
        public static final String LORRAINE = "LORRAINE";
        public static final String MARTINIQUE = "MARTINIQUE";
        public static final String MIDI_PYRENEES = "MIDI_PYRENEES";
        public static final String NORD_PAS_DE_CALAIS = "NORD_PAS_DE_CALAIS";
        public static final String OCEAN_INDIEN = "OCEAN_INDIEN";
        public static final String PAYS_DE_LA_LOIRE = "PAYS_DE_LA_LOIRE";
        public static final String PICARDIE = "PICARDIE";
        public static final String POITOU_CHARENTES = "POITOU_CHARENTES";
        public static final String PROVENCE_ALPES_COTE_D_AZUR = "PROVENCE_ALPES_COTE_D_AZUR";
        public static final String RHONE_ALPES = "RHONE_ALPES";
        public static final List<String> VALEURS = List.of(ALSACE, AQUITAINE, AUVERGNE, BASSE_NORMANDIE, BOURGOGNE, BRETAGNE, CENTRE, CHAMPAGNE_ARDENNE, CORSE, FRANCHE_COMTE, GUADELOUPE, GUYANE, HAUTE_NORMANDIE, ILE_DE_FRANCE, LANGUEDOC_ROUSSILLON, LIMOUSIN, LORRAINE, MARTINIQUE, MIDI_PYRENEES, NORD_PAS_DE_CALAIS, OCEAN_INDIEN, PAYS_DE_LA_LOIRE, PICARDIE, POITOU_CHARENTES, PROVENCE_ALPES_COTE_D_AZUR, RHONE_ALPES);

        private Region() {
        }
    }

    /** {@code tTypeStructure} of the packaged DMN. */
    public static final class TypeStructure {
        public static final String MAISON_DE_SANTE = "MAISON_DE_SANTE";
        public static final String POLE_DE_SANTE = "POLE_DE_SANTE";
        public static final String CENTRE_DE_SANTE = "CENTRE_DE_SANTE";
        public static final String CABINET_DE_GROUPE = "CABINET_DE_GROUPE";
        public static final String AUTRE = "AUTRE";
        public static final List<String> VALEURS = List.of(MAISON_DE_SANTE, POLE_DE_SANTE, CENTRE_DE_SANTE, CABINET_DE_GROUPE, AUTRE);

        private TypeStructure() {
        }
    }

    /** {@code tFormeJuridique} of the packaged DMN. */
    public static final class FormeJuridique {
        public static final String SISA = "SISA";
        public static final String SCM = "SCM";
        public static final String SCP = "SCP";
        public static final String SEL = "SEL";
        public static final String ASSOCIATION = "ASSOCIATION";
        public static final String GESTIONNAIRE_CENTRE = "GESTIONNAIRE_CENTRE";
        public static final String AUTRE = "AUTRE";
        public static final List<String> VALEURS = List.of(SISA, SCM, SCP, SEL, ASSOCIATION, GESTIONNAIRE_CENTRE, AUTRE);

        private FormeJuridique() {
        }
    }

    /** {@code tProfession} of the packaged DMN. */
    public static final class Profession {
        public static final String MEDECIN_GENERALISTE = "MEDECIN_GENERALISTE";
        public static final String MEDECIN_SPECIALISTE = "MEDECIN_SPECIALISTE";
        public static final String INFIRMIER = "INFIRMIER";
        public static final String MASSEUR_KINESITHERAPEUTE = "MASSEUR_KINESITHERAPEUTE";
        public static final String ORTHOPHONISTE = "ORTHOPHONISTE";
        public static final String ORTHOPTISTE = "ORTHOPTISTE";
        public static final String PEDICURE_PODOLOGUE = "PEDICURE_PODOLOGUE";
        public static final String DIETETICIEN = "DIETETICIEN";
        public static final String ERGOTHERAPEUTE = "ERGOTHERAPEUTE";
        public static final String PSYCHOMOTRICIEN = "PSYCHOMOTRICIEN";
        public static final String PHARMACIEN = "PHARMACIEN";
        public static final String CHIRURGIEN_DENTISTE = "CHIRURGIEN_DENTISTE";
        public static final String SAGE_FEMME = "SAGE_FEMME";
        public static final String PSYCHOLOGUE = "PSYCHOLOGUE";
        public static final String AUTRE = "AUTRE";
        public static final List<String> VALEURS = List.of(MEDECIN_GENERALISTE, MEDECIN_SPECIALISTE, INFIRMIER, MASSEUR_KINESITHERAPEUTE, ORTHOPHONISTE, ORTHOPTISTE, PEDICURE_PODOLOGUE, DIETETICIEN, ERGOTHERAPEUTE, PSYCHOMOTRICIEN, PHARMACIEN, CHIRURGIEN_DENTISTE, SAGE_FEMME, PSYCHOLOGUE, AUTRE);

        private Profession() {
        }
    }

    /** {@code tAxe} of the packaged DMN. */
    public static final class Axe {
        public static final String ACCES_AUX_SOINS = "ACCES_AUX_SOINS";
        public static final String CONTINUITE_DES_SOINS = "CONTINUITE_DES_SOINS";
        public static final String COORDINATION = "COORDINATION";
        public static final String EDUCATION_THERAPEUTIQUE = "EDUCATION_THERAPEUTIQUE";
        public static final String PREVENTION = "PREVENTION";
        public static final String COOPERATION_EXTERNE = "COOPERATION_EXTERNE";
        public static final List<String> VALEURS = List.of(ACCES_AUX_SOINS, CONTINUITE_DES_SOINS, COORDINATION, EDUCATION_THERAPEUTIQUE, PREVENTION, COOPERATION_EXTERNE);

        private Axe() {
        }
    }

    /** {@code tPathologie} of the packaged DMN. */
    public static final class Pathologie {
        public static final String DIABETE = "DIABETE";
        public static final String ASTHME = "ASTHME";
        public static final String BPCO = "BPCO";
        public static final String INSUFFISANCE_CARDIAQUE = "INSUFFISANCE_CARDIAQUE";
        public static final String OBESITE = "OBESITE";
        public static final String RISQUE_CARDIOVASCULAIRE = "RISQUE_CARDIOVASCULAIRE";
        public static final String AUTRE = "AUTRE";
        public static final List<String> VALEURS = List.of(DIABETE, ASTHME, BPCO, INSUFFISANCE_CARDIAQUE, OBESITE, RISQUE_CARDIOVASCULAIRE, AUTRE);

        private Pathologie() {
        }
    }

    /** {@code tSens} of the packaged DMN. */
    public static final class Sens {
        public static final String HAUSSE = "HAUSSE";
        public static final String BAISSE = "BAISSE";
        public static final List<String> VALEURS = List.of(HAUSSE, BAISSE);

        private Sens() {
        }
    }
}
