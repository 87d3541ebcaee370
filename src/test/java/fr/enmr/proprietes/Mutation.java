package fr.enmr.proprietes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Ways to spoil a valid dossier so that it must be refused (each one breaks the contract for sure). */
enum Mutation {
    TYPE_INCONNU {
        @Override
        void muter(Map<String, Object> d) {
            structure(d).put("type", "HOPITAL");
        }
    },
    ENUM_EN_NOMBRE {
        @Override
        void muter(Map<String, Object> d) {
            structure(d).put("region", 6);
        }
    },
    REFERENCE_ABSENTE {
        @Override
        void muter(Map<String, Object> d) {
            d.remove("reference");
        }
    },
    CAMPAGNE_ABSENTE {
        @Override
        void muter(Map<String, Object> d) {
            d.remove("campagne");
        }
    },
    NOMBRE_ENORME {
        @Override
        void muter(Map<String, Object> d) {
            d.put("patientele", Map.of("adultesMedecinTraitant", new BigDecimal("99999999999999999999999"), "enfants6a16DeuxConsultations", 0));
        }
    },
    NOMBRE_NEGATIF {
        @Override
        void muter(Map<String, Object> d) {
            ajouterLigne(d, -3, 10);
        }
    },
    QUINZE_DEMI_JOURNEES {
        @Override
        void muter(Map<String, Object> d) {
            ajouterLigne(d, 1, 15);
        }
    },
    TEXTE_TROP_LONG {
        @Override
        void muter(Map<String, Object> d) {
            structure(d).put("nom", "é".repeat(5000));
        }
    },
    UNICODE_DANS_LA_REFERENCE {
        @Override
        void muter(Map<String, Object> d) {
            d.put("reference", "réf-\u00fc-\ud83d\ude00");
        }
    },
    IMBRICATION_PROFONDE {
        @Override
        void muter(Map<String, Object> d) {
            Object profond = "x";
            for (int i = 0; i < 100; i++) {
                profond = List.of(profond);
            }
            structure(d).put("nom", profond);
        }
    },
    CHAMP_INCONNU {
        @Override
        void muter(Map<String, Object> d) {
            d.put("bonus", 1);
        }
    },
    BOOLEEN_EN_TEXTE {
        @Override
        void muter(Map<String, Object> d) {
            d.put("premiereAnnee", "oui");
        }
    },
    CLE_EN_DOUBLE {
        @Override
        String texte(Map<String, Object> d, ObjectMapper json) throws JsonProcessingException {
            return "{\"campagne\":\"ENMR_2010\"," + json.writeValueAsString(d).substring(1);
        }
    },
    CORPS_TRONQUE {
        @Override
        String texte(Map<String, Object> d, ObjectMapper json) throws JsonProcessingException {
            String complet = json.writeValueAsString(d);
            return complet.substring(0, complet.length() / 2);
        }
    };

    void muter(Map<String, Object> dossier) {
    }

    String texte(Map<String, Object> dossier, ObjectMapper json) throws JsonProcessingException {
        muter(dossier);
        return json.writeValueAsString(dossier);
    }

    String appliquer(Map<String, Object> dossier, ObjectMapper json) throws JsonProcessingException {
        return texte(dossier, json);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structure(Map<String, Object> d) {
        Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) d.get("structure"));
        d.put("structure", s);
        return s;
    }

    @SuppressWarnings("unchecked")
    static void ajouterLigne(Map<String, Object> d, int nombre, int demiJournees) {
        List<Object> lignes = new ArrayList<>((List<Object>) d.get("professionnels"));
        lignes.add(Map.of("profession", "INFIRMIER", "nombre", nombre, "demiJourneesHebdo", demiJournees, "adherent", true));
        d.put("professionnels", lignes);
    }
}
