package fr.enmr.securite;

import java.util.Set;

/** One user of the users file: bcrypt hash of the password, roles, and the region of an ARS agent. */
record CompteUtilisateur(String identifiant, String empreinte, Set<String> roles, String region) {
}
