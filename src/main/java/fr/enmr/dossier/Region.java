package fr.enmr.dossier;

/** The 26 regions (ARS, 2010–2015) of the domain rules §7, with their French names. */
public enum Region {
    ALSACE("Alsace"),
    AQUITAINE("Aquitaine"),
    AUVERGNE("Auvergne"),
    BASSE_NORMANDIE("Basse-Normandie"),
    BOURGOGNE("Bourgogne"),
    BRETAGNE("Bretagne"),
    CENTRE("Centre"),
    CHAMPAGNE_ARDENNE("Champagne-Ardenne"),
    CORSE("Corse"),
    FRANCHE_COMTE("Franche-Comté"),
    GUADELOUPE("Guadeloupe"),
    GUYANE("Guyane"),
    HAUTE_NORMANDIE("Haute-Normandie"),
    ILE_DE_FRANCE("Île-de-France"),
    LANGUEDOC_ROUSSILLON("Languedoc-Roussillon"),
    LIMOUSIN("Limousin"),
    LORRAINE("Lorraine"),
    MARTINIQUE("Martinique"),
    MIDI_PYRENEES("Midi-Pyrénées"),
    NORD_PAS_DE_CALAIS("Nord-Pas-de-Calais"),
    OCEAN_INDIEN("Océan Indien"),
    PAYS_DE_LA_LOIRE("Pays de la Loire"),
    PICARDIE("Picardie"),
    POITOU_CHARENTES("Poitou-Charentes"),
    PROVENCE_ALPES_COTE_D_AZUR("Provence-Alpes-Côte d'Azur"),
    RHONE_ALPES("Rhône-Alpes");

    private final String nom;

    Region(String nom) {
        this.nom = nom;
    }

    public String nom() {
        return nom;
    }
}
