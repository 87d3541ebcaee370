// The analysts' cases of the version open: run (POST …/essais) with a pass/fail list, a case file edited, a failed case's
// expectation updated to what the version now answers, a case added from the test bench.
import { el } from './commun.js';
import { essayer, lireFichier, remplacerFichier } from './api-regles.js';
import { EditeurTexte } from './editeurs-regles.js';
import { messageErreur } from './erreurs-regles.js';

/** A JSON value on one line, spaced as the case files are written ({"a": 1, "b": [2, 3]}). */
function compact(valeur) {
  if (Array.isArray(valeur)) {
    return `[${valeur.map(compact).join(', ')}]`;
  }
  if (valeur !== null && typeof valeur === 'object') {
    return `{${Object.entries(valeur).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`).join(', ')}}`;
  }
  return JSON.stringify(valeur);
}

/** A list of cases written as the case files are: one field a line, each value on its line. */
export function formaterCas(liste) {
  const casTextes = liste.map((c) => `  {\n${Object.entries(c).map(([k, v]) => `    ${JSON.stringify(k)}: ${compact(v)}`).join(',\n')}\n  }`);
  return `[\n${casTextes.join(',\n')}\n]\n`;
}

/** The expectation with every field the version answered differently set to what it answers (fields not expected stay out). */
function adopter(attendu, obtenu) {
  if (attendu === null || typeof attendu !== 'object' || Array.isArray(attendu) || obtenu === null || typeof obtenu !== 'object') {
    return obtenu === undefined ? attendu : obtenu;
  }
  const resultat = {};
  Object.entries(attendu).forEach(([k, v]) => {
    resultat[k] = k in obtenu ? adopter(v, obtenu[k]) : v;
  });
  return resultat;
}

export class CasAnalystes {
  constructor(zone, rappels) {
    this.zone = zone;
    this.rappels = rappels;
    this.editeur = new EditeurTexte(zone.querySelector('#zone-cas'));
    this.choix = zone.querySelector('#choix-fichier-cas');
    this.resultat = zone.querySelector('#resultat-cas');
    this.liste = [];
    this.source = null;
    this.choix.addEventListener('change', () => this.montrer(this.choix.value));
    zone.querySelector('#lancer-cas').addEventListener('click', () => this.lancer());
    zone.querySelector('#enregistrer-cas').addEventListener('click', () => this.enregistrer());
    this.resultat.addEventListener('click', (e) => {
      const bouton = e.target.closest('button[data-adopter]');
      if (bouton) {
        this.adopterObtenus(bouton.dataset.adopter === '*' ? this.echecs : [this.echecs[Number(bouton.dataset.adopter)]]);
      }
    });
    this.echecs = [];
  }

  dire(id, texte) {
    this.zone.querySelector(`#${id}`).textContent = texte;
  }

  /** The case files of a version: lists of cases first, then the base dossiers. */
  async charger(source, fichiers) {
    this.source = source;
    this.liste = fichiers.filter((f) => f.type === 'CAS').map((f) => f.nom)
      .sort((a, b) => Number(a.startsWith('bases/')) - Number(b.startsWith('bases/')) || a.localeCompare(b));
    this.choix.replaceChildren(...this.liste.map((nom) => el('option', { value: nom }, nom)));
    this.resultat.replaceChildren();
    this.echecs = [];
    this.dire('etat-cas', '');
    this.dire('etat-fichier-cas', '');
    const modifiable = this.rappels.editable() && this.rappels.version() !== null;
    this.zone.querySelector('#enregistrer-cas').hidden = !modifiable;
    if (this.liste.length) {
      await this.montrer(this.liste[0]);
    } else {
      this.editeur.charger('', true);
    }
  }

  /** The names of the version's case lists (not the base dossiers). */
  fichiers() {
    return this.liste.filter((nom) => !nom.startsWith('bases/'));
  }

  /** The case file shown in the editor, to mark its errors. */
  editeurOuvert() {
    return { nom: this.choix.value, editeur: this.editeur };
  }

  versionCourante() {
    return this.rappels.version() || this.source;
  }

  async montrer(nom) {
    this.choix.value = nom;
    const modifiable = this.rappels.editable() && this.rappels.version() !== null;
    this.editeur.charger(await lireFichier(this.versionCourante().id, nom), !modifiable);
    this.dire('etat-fichier-cas', modifiable ? '' : (this.rappels.version() === null
      ? 'Enregistrez d\'abord le brouillon pour modifier ses cas.' : 'Version en lecture seule.'));
  }

  async enregistrer() {
    const nom = this.choix.value;
    this.dire('etat-fichier-cas', 'Enregistrement…');
    try {
      const version = await remplacerFichier(this.rappels.version().id, nom, this.editeur.valeur);
      this.editeur.charger(this.editeur.valeur, false);
      await this.rappels.quandEnregistre(version);
      this.dire('etat-fichier-cas', `Fichier de cas ${nom} enregistré.`);
    } catch (e) {
      this.dire('etat-fichier-cas', messageErreur(e));
      this.rappels.erreurs(e);
    }
  }

  async lancer() {
    const version = this.rappels.version();
    if (!version) {
      this.dire('etat-cas', 'Enregistrez d\'abord le brouillon pour lancer ses cas.');
      return;
    }
    this.dire('etat-cas', 'Cas en cours…');
    this.resultat.replaceChildren();
    try {
      this.afficher(await essayer(version.id));
    } catch (e) {
      this.dire('etat-cas', messageErreur(e));
    }
  }

  afficher(r) {
    this.echecs = r.echecs || [];
    const reussi = !this.echecs.length && !(r.erreurs && r.erreurs.length);
    this.dire('etat-cas', '');
    const modifiable = this.rappels.editable();
    this.resultat.replaceChildren(...[
      el('p', { classe: `verdict ${reussi ? 'verdict-oui' : 'verdict-non'}`, id: 'bilan-cas' },
        `${r.reussis} cas réussi(s) sur ${r.total}${this.echecs.length ? `, ${this.echecs.length} en échec` : ''}`),
      (r.erreurs || []).length ? el('ul', { classe: 'alerte' }, r.erreurs.map((e) => el('li', {},
        `${e.fichier}${e.element ? ` — ${e.element}` : ''}${e.ligne ? `, ligne ${e.ligne}` : ''} : ${e.message}`))) : null,
      this.echecs.length && modifiable ? el('div', { classe: 'actions' },
        el('button', { type: 'button', classe: 'secondaire', 'data-adopter': '*' }, 'Attendre désormais les résultats obtenus (tous les cas en échec)')) : null,
      this.echecs.length ? el('ul', { classe: 'criteres', id: 'echecs-cas' }, this.echecs.map((e, i) => el('li', { classe: 'critere critere-non echec-cas' },
        el('span', { classe: 'pastille' }, 'Échec'), el('strong', {}, e.nom),
        el('ul', { classe: 'changements' }, (e.ecarts || [`attendu ${JSON.stringify(e.attendu)}, obtenu ${JSON.stringify(e.obtenu)}`])
          .map((ecart) => el('li', {}, ecart))),
        modifiable ? el('button', { type: 'button', classe: 'secondaire petit', 'data-adopter': String(i) }, 'Attendre le résultat obtenu') : null)))
        : null].filter(Boolean));
  }

  /** Updates each failed case's expectation to what the version answers, file by file, then runs the cases again. */
  async adopterObtenus(echecs) {
    const version = this.rappels.version();
    this.dire('etat-cas', 'Mise à jour des cas…');
    try {
      // a failure is named « fichier — nom du cas » (FichiersCas.Cas)
      const parNom = new Map(echecs.map((e) => [e.nom, e]));
      let derniere = version;
      for (const nom of this.fichiers()) {
        const liste = JSON.parse(await lireFichier(version.id, nom));
        let change = false;
        liste.forEach((c) => {
          const echec = parNom.get(`${nom} — ${c.nom}`) || parNom.get(c.nom);
          if (echec) {
            c.attendu = adopter(c.attendu, echec.obtenu);
            change = true;
          }
        });
        if (change) {
          derniere = await remplacerFichier(version.id, nom, formaterCas(liste));
        }
      }
      await this.rappels.quandEnregistre(derniere);
      await this.montrer(this.choix.value);
      await this.lancer();
    } catch (e) {
      this.dire('etat-cas', messageErreur(e));
      this.rappels.erreurs(e);
    }
  }

  /** Appends a case to a case file of the draft (from the test bench). */
  async ajouter(fichier, nouveau) {
    const version = this.rappels.version();
    const liste = JSON.parse(await lireFichier(version.id, fichier));
    liste.push(nouveau);
    const enregistree = await remplacerFichier(version.id, fichier, formaterCas(liste));
    await this.rappels.quandEnregistre(enregistree);
    if (this.choix.value === fichier) {
      await this.montrer(fichier);
    }
    return enregistree;
  }
}
