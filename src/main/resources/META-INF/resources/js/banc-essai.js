// The test bench: one dossier (typed, from a base dossier of the cases, or from a stored decision) evaluated with the version
// open and with the active one side by side, every intermediate DMN decision shown; and saved as a case of the draft.
import { appeler, el, euros, nombre, pourcent } from './commun.js';
import { evaluer, lireFichier } from './api-regles.js';
import { messageErreur } from './erreurs-regles.js';

/** RFC 7386: the merge patch that turns a into b (what a case's « modifications » holds). */
export function patchFusion(a, b) {
  if (b === null || typeof b !== 'object' || Array.isArray(b) || a === null || typeof a !== 'object' || Array.isArray(a)) {
    return b;
  }
  const patch = {};
  Object.keys(a).forEach((k) => {
    if (!(k in b)) {
      patch[k] = null;
    }
  });
  Object.entries(b).forEach(([k, v]) => {
    if (!(k in a)) {
      patch[k] = v;
    } else if (JSON.stringify(a[k]) !== JSON.stringify(v)) {
      patch[k] = patchFusion(a[k], v);
    }
  });
  return patch;
}

/** A decision that holds a year (« Année évaluée »): its value is a year, never grouped by thousands. */
const ANNEE = /ann[ée]e/i;

/** A scalar as read: booleans as Oui/Non, numbers in French. */
function scalaire(v, annee) {
  if (typeof v === 'boolean') {
    return v ? 'Oui' : 'Non';
  }
  if (typeof v === 'number') {
    return annee && Number.isInteger(v) ? String(v) : nombre(v, 4);
  }
  return String(v);
}

/** One item of a list: a criterion as « CODE : satisfait — why », any other structure as « key : value » pairs. */
function element(v, annee) {
  if (v === null || typeof v !== 'object') {
    return v === null ? '—' : scalaire(v, annee);
  }
  if (Array.isArray(v)) {
    return v.map((x) => element(x, annee)).join(', ');
  }
  if ('code' in v && 'satisfait' in v) {
    return `${v.code} : ${v.satisfait ? 'satisfait' : 'non satisfait'}${v.explication ? ` — ${v.explication}` : ''}`;
  }
  return Object.entries(v).map(([k, x]) => `${k} : ${element(x, ANNEE.test(k))}`).join(' ; ');
}

/** A DMN value as read: a year as a year, numbers in French, booleans as Oui/Non, lists and structures as readable lists. */
function valeurDmn(v, nom = '') {
  if (v === null || v === undefined) {
    return el('span', { classe: 'meta' }, 'null');
  }
  const annee = ANNEE.test(nom);
  if (typeof v !== 'object') {
    return scalaire(v, annee);
  }
  if (!Array.isArray(v) && 'code' in v && 'satisfait' in v) {
    return element(v, annee);
  }
  const items = Array.isArray(v) ? v : Object.entries(v).map(([k, x]) => (x !== null && typeof x === 'object' && !Array.isArray(x)
    && 'satisfait' in x && !('code' in x) ? { code: k, ...x } : `${k} : ${element(x, ANNEE.test(k))}`));
  if (!items.length) {
    return el('span', { classe: 'meta' }, 'aucun');
  }
  return el('ul', { classe: 'liste-valeurs' }, items.map((x) => el('li', {}, typeof x === 'string' ? x : element(x, annee))));
}

const LIGNES = [
  ['Éligible', (d) => (d.eligible ? 'Oui' : 'Non')],
  ['Total', (d) => euros(d.total)],
  ['Module 1', (d) => euros(d.module1.montant)],
  ['Part A', (d) => euros(d.module1.partA)],
  ['Part B', (d) => euros(d.module1.partB)],
  ['Taux d\'atteinte', (d) => pourcent(d.module1.tauxAtteinte)],
  ['Module 2', (d) => euros(d.module2.montant)],
  ['Critères non satisfaits', (d) => d.criteres.filter((c) => !c.satisfait).map((c) => c.code).join(', ') || 'aucun'],
  ['Constats', (d) => d.constats.map((c) => c.code).join(', ') || 'aucun'],
  ['Version des règles', (d) => d.versionRegles],
];

export class BancEssai {
  constructor(zone, libelle, rappels) {
    this.zone = zone;
    this.libelle = libelle;
    this.rappels = rappels;
    this.source = null;
    this.derniere = null;
    this.$ = (id) => zone.querySelector(`#${id}`);
    this.$('banc-base').addEventListener('change', () => this.chargerBase());
    this.$('banc-reprendre').addEventListener('click', () => this.reprendre());
    this.$('banc-evaluer').addEventListener('click', () => this.evaluer());
    this.$('banc-cas-enregistrer').addEventListener('click', () => this.enregistrerCas());
  }

  dire(id, texte) {
    this.$(id).textContent = texte;
  }

  preparer(source, fichiers) {
    this.source = source;
    this.derniere = null;
    const bases = fichiers.filter((f) => f.type === 'CAS' && f.nom.startsWith('bases/')).map((f) => f.nom);
    this.$('banc-base').replaceChildren(...bases.map((nom) => el('option', { value: nom }, nom.slice('bases/'.length).replace(/\.json$/, ''))));
    this.$('banc-resultat').replaceChildren();
    this.$('banc-cas').hidden = true;
    this.dire('banc-etat', '');
    if (!this.$('banc-dossier').value.trim() && bases.length) {
      this.chargerBase();
    }
  }

  async chargerBase() {
    const nom = this.$('banc-base').value;
    if (nom) {
      const texte = await lireFichier(this.source.id, nom);
      if (this.$('banc-base').value === nom) { // a base chosen meanwhile wins over this slower, earlier load
        this.$('banc-dossier').value = JSON.stringify(JSON.parse(texte), null, 2);
      }
    }
  }

  async reprendre() {
    const id = this.$('banc-decision').value.trim();
    if (!id) {
      this.dire('banc-etat', 'Indiquez l\'identifiant d\'une décision enregistrée.');
      return;
    }
    try {
      const decision = await appeler(`/api/decisions/${encodeURIComponent(id)}`);
      this.$('banc-dossier').value = JSON.stringify(decision.dossier, null, 2);
      this.dire('banc-etat', `Dossier de la décision ${decision.reference} repris.`);
    } catch (e) {
      this.dire('banc-etat', messageErreur(e));
    }
  }

  dossier() {
    try {
      return JSON.parse(this.$('banc-dossier').value);
    } catch (e) {
      throw new Error(`Le dossier n'est pas du JSON valide : ${e.message}`);
    }
  }

  async evaluer() {
    const version = this.rappels.version();
    const active = this.rappels.active();
    if (!version) {
      this.dire('banc-etat', 'Enregistrez d\'abord le brouillon pour l\'essayer.');
      return;
    }
    let dossier;
    try {
      dossier = this.dossier();
    } catch (e) {
      this.dire('banc-etat', e.message);
      return;
    }
    this.dire('banc-etat', 'Évaluation…');
    const [avec, reference] = await Promise.all([version, active].map((v) => evaluer(v.id, dossier)
      .then((decision) => ({ decision }), (erreur) => ({ erreur }))));
    this.derniere = { dossier, decision: avec.decision };
    this.dire('banc-etat', '');
    this.$('banc-resultat').replaceChildren(...this.rendre(active, reference, version, avec));
    const peutEnregistrer = Boolean(avec.decision) && this.rappels.editable() && this.rappels.fichiersCas().length > 0;
    this.$('banc-cas').hidden = !peutEnregistrer;
    if (peutEnregistrer) {
      this.$('banc-cas-fichier').replaceChildren(...this.rappels.fichiersCas().map((nom) => el('option', { value: nom }, nom)));
      if (!this.$('banc-cas-nom').value) {
        this.$('banc-cas-nom').value = `Banc d'essai : ${dossier.reference || 'dossier'}`;
      }
    }
  }

  rendre(active, reference, version, avec) {
    const entete = el('tr', {}, el('th', { scope: 'col' }, ''),
      el('th', { scope: 'col' }, 'Version active', el('br'), el('small', { title: active.id }, active.libelle || active.id)),
      el('th', { scope: 'col' }, version.id === active.id ? 'Cette version (active)' : 'Cette version', el('br'),
        el('small', { title: version.id }, version.libelle || version.id)));
    const refus = (r) => (r.erreur ? el('td', { classe: 'alerte' }, messageErreur(r.erreur),
      (r.erreur.violations || []).length ? el('ul', {}, r.erreur.violations.map((v) => el('li', {}, `${v.champ} : ${v.message}`))) : null) : null);
    if (reference.erreur || avec.erreur) {
      return [el('table', { classe: 'tableau', id: 'banc-comparaison' }, el('thead', {}, entete), el('tbody', {},
        el('tr', {}, el('th', { scope: 'row' }, 'Résultat'), refus(reference) || el('td', {}, 'décidé'), refus(avec) || el('td', {}, 'décidé'))))];
    }
    const a = reference.decision;
    const b = avec.decision;
    const lignes = LIGNES.map(([intitule, f]) => {
      const va = f(a);
      const vb = f(b);
      const difference = va !== vb;
      return el('tr', { classe: difference ? 'ligne-differente' : null, 'data-ligne': intitule }, el('th', { scope: 'row' }, intitule),
        el('td', { classe: difference ? 'different' : null }, va), el('td', { classe: difference ? 'different' : null }, vb));
    });
    const noms = [...new Set([...Object.keys(a.intermediaires || {}), ...Object.keys(b.intermediaires || {})])];
    const intermediaires = noms.map((nom) => {
      const va = (a.intermediaires || {})[nom];
      const vb = (b.intermediaires || {})[nom];
      const difference = JSON.stringify(va) !== JSON.stringify(vb);
      return el('tr', { classe: difference ? 'ligne-differente' : null, 'data-decision': nom }, el('th', { scope: 'row' }, nom),
        el('td', { classe: difference ? 'different' : null }, valeurDmn(va, nom)), el('td', { classe: difference ? 'different' : null }, valeurDmn(vb, nom)));
    });
    return [
      el('div', { classe: 'tableau-defilant' }, el('table', { classe: 'tableau', id: 'banc-comparaison' },
        el('caption', { classe: 'visuellement-cache' }, 'Le dossier décidé par les deux versions'),
        el('thead', {}, entete), el('tbody', {}, lignes))),
      el('h4', {}, `Décisions intermédiaires (${intermediaires.filter((l) => l.classList.contains('ligne-differente')).length} différente(s) sur ${noms.length})`),
      el('div', { classe: 'tableau-defilant' }, el('table', { classe: 'tableau large', id: 'banc-intermediaires' },
        el('caption', { classe: 'visuellement-cache' }, 'Chaque décision du modèle DMN, avec les deux versions'),
        el('thead', {}, entete.cloneNode(true)), el('tbody', {}, intermediaires))),
    ];
  }

  /** The case: the chosen base dossier, the difference to the dossier evaluated, and this version's answer as expected. */
  async enregistrerCas() {
    const { dossier, decision } = this.derniere;
    const baseNom = this.$('banc-base').value;
    const nom = this.$('banc-cas-nom').value.trim();
    if (!nom) {
      this.dire('banc-cas-etat', 'Indiquez le nom du cas.');
      return;
    }
    this.dire('banc-cas-etat', 'Enregistrement…');
    try {
      const base = JSON.parse(await lireFichier(this.rappels.version().id, baseNom));
      const cas = {
        nom,
        source: 'banc d\'essai de l\'atelier',
        base: baseNom.slice('bases/'.length).replace(/\.json$/, ''),
        modifications: patchFusion(base, dossier),
        attendu: {
          eligible: decision.eligible,
          criteresNonSatisfaits: decision.criteres.filter((c) => !c.satisfait).map((c) => c.code),
          module1: { partA: decision.module1.partA, montant: decision.module1.montant },
          total: decision.total,
        },
      };
      const fichier = this.$('banc-cas-fichier').value;
      await this.rappels.ajouterCas(fichier, cas);
      this.dire('banc-cas-etat', `Cas « ${nom} » ajouté à ${fichier}.`);
    } catch (e) {
      this.dire('banc-cas-etat', messageErreur(e));
    }
  }
}
