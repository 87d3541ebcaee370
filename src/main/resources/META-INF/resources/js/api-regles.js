// The rules API (rules-api.md) as the workshop calls it: versions, their files, their life cycle.
import { appeler, envoyer } from './commun.js';

const VERSIONS = '/api/regles/versions';

/** The URL of a version, or of one of its sub-resources (« essais », « fichiers/enmr.dmn »…). */
export function urlVersion(id, suite = '') {
  return `${VERSIONS}/${encodeURIComponent(id)}${suite ? `/${suite}` : ''}`;
}

/** A file's URL: its name may hold folders (bases/msp-bretagne-2014.json), kept as path segments. */
export function urlFichier(id, nom) {
  return urlVersion(id, `fichiers/${nom.split('/').map(encodeURIComponent).join('/')}`);
}

/** Every version, newest first (the contract pages them; a hundred is more than a campaign's history). */
export async function listerVersions() {
  const reponse = await appeler(`${VERSIONS}?taille=100`);
  return reponse.versions;
}

/** A file as stored, as text. */
export async function lireFichier(id, nom) {
  let reponse;
  try {
    reponse = await fetch(urlFichier(id, nom), { headers: { Accept: 'application/xml, text/plain, application/json, */*' } });
  } catch (e) {
    throw new Error('Le service ne répond pas ; vérifiez la connexion puis réessayez.');
  }
  if (!reponse.ok) {
    throw new Error(`Le fichier ${nom} n'a pas pu être lu (erreur ${reponse.status}).`);
  }
  return reponse.text();
}

/** A new draft from base with these files replaced: the version, or an ErreurApi (422: probleme.erreurs). */
export function creerBrouillon(base, motif, fichiers) {
  return envoyer(VERSIONS, { base, motif, fichiers });
}

const TYPES = { dmn: 'application/xml', drl: 'text/plain', json: 'application/json' };

/** Replaces one file of a draft (its author only); same answers as creerBrouillon. */
export function remplacerFichier(id, nom, contenu) {
  const extension = nom.slice(nom.lastIndexOf('.') + 1);
  return appeler(urlFichier(id, nom), {
    method: 'PUT',
    headers: { 'Content-Type': `${TYPES[extension] || 'text/plain'}; charset=utf-8`, Accept: 'application/json' },
    body: contenu,
  });
}

/** A life-cycle step: « soumission », « approbation », « rejet », « reactivation ». */
export function agir(id, action, motif) {
  return envoyer(urlVersion(id, action), motif ? { motif } : {});
}

/** A version carried onto the active one: the new draft, or an ErreurApi (409: probleme.conflits; 422: probleme.erreurs). */
export function reporter(id) {
  return envoyer(urlVersion(id, 'rebase'), {});
}

/** One dossier evaluated with a version: the decision plus « intermediaires ». */
export function evaluer(id, dossier) {
  return envoyer(urlVersion(id, 'evaluer'), dossier);
}

/** The version's analysts' cases run against it. */
export function essayer(id) {
  return envoyer(urlVersion(id, 'essais'), {});
}

export function differences(id, avec) {
  return appeler(`${urlVersion(id, 'differences')}?avec=${encodeURIComponent(avec)}`);
}

export async function journal() {
  return appeler('/api/regles/journal?taille=100');
}

/** French names of the states. */
export const ETATS = {
  BROUILLON: 'Brouillon',
  SOUMISE: 'Soumise',
  PUBLIEE: 'Publiée',
  REJETEE: 'Rejetée',
  REMPLACEE: 'Remplacée',
};

