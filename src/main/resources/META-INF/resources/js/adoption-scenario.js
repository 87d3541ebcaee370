// The ministry's levers on a finished scenario: adopt it with a reason (POST /api/scenarios/{id}/adoption), see it
// adopted (or replaced since), download each region's notification (GET …/notification?region=, a PDF); and the rule
// version that prices a scenario's candidates, chosen at creation (GET /api/regles/versions) and shown once solved.
import { appeler, dateHeure, envoyer } from './commun.js';

export class AdoptionScenario {
  /** @param adopte called with the scenario's id once adopted (its row in the list of scenarios changes) */
  constructor(section, libelle, adopte = () => {}) {
    this.section = section;
    this.libelle = libelle;
    this.adopte = adopte;
    this.vue = null;
    this.$ = (s) => section.querySelector(s);
    this.$('#form-adoption').addEventListener('submit', (e) => {
      e.preventDefault();
      this.adopter();
    });
    this.$('#notification-region').addEventListener('change', () => this.lien());
  }

  afficher(vue) {
    const memeScenario = this.vue && this.vue.id === vue.id;
    this.vue = vue;
    this.$('#version-regles').textContent = vue.versionRegles ? `version ${vue.versionRegles} (candidats chiffrés de nouveau)`
      : (vue.campagne ? 'décisions telles qu\'enregistrées' : '—');
    const zone = this.$('#adoption');
    zone.hidden = vue.statut !== 'TERMINE' && !vue.adopte;
    const adopte = vue.adopte;
    this.$('#form-adoption').hidden = Boolean(adopte) || vue.statut !== 'TERMINE';
    this.$('#adoption-campagne-champ').hidden = Boolean(vue.campagne);
    this.$('#notifications').hidden = !adopte;
    const etat = this.$('#adoption-etat');
    if (!adopte) {
      etat.textContent = 'Ce scénario n\'est pas adopté.';
      if (!memeScenario) {
        this.$('#adoption-motif').value = '';
        this.erreurs([]);
      }
      return;
    }
    etat.textContent = `Adopté le ${dateHeure(adopte.le)} par ${adopte.par} pour la campagne ${this.libelle('Campagne', adopte.campagne)} :`
      + ` « ${adopte.motif} ».` + (adopte.enVigueur ? ' C\'est la sélection en vigueur.'
      : ` Remplacé depuis par le scénario ${adopte.remplaceePar || 'adopté ensuite'}.`);
    const regions = (vue.resultat && vue.resultat.parRegion ? vue.resultat.parRegion.map((r) => r.region) : []);
    const liste = this.$('#notification-region');
    const choisie = liste.value;
    liste.replaceChildren(...regions.map((r) => new Option(this.libelle('Region', r), r)));
    if (regions.includes(choisie)) {
      liste.value = choisie;
    }
    this.lien();
  }

  lien() {
    const region = this.$('#notification-region').value;
    const lien = this.$('#notification-lien');
    lien.href = `/api/scenarios/${encodeURIComponent(this.vue.id)}/notification?region=${encodeURIComponent(region)}`;
    lien.setAttribute('aria-label', `Télécharger la notification de l'ARS ${this.libelle('Region', region)} (PDF)`);
  }

  async adopter() {
    const bouton = this.$('#adopter');
    const corps = { motif: this.$('#adoption-motif').value };
    if (!this.vue.campagne) {
      corps.campagne = this.$('#adoption-campagne').value;
    }
    bouton.disabled = true;
    this.erreurs([]);
    try {
      const vue = await envoyer(`/api/scenarios/${encodeURIComponent(this.vue.id)}/adoption`, corps);
      this.afficher(vue);
      this.$('#adoption-etat').textContent += vue.remplace ? ` Il remplace le scénario ${vue.remplace}.` : '';
      this.adopte(vue.id);
    } catch (refus) {
      this.erreurs(refus.violations || [], refus.message);
    } finally {
      bouton.disabled = false;
    }
  }

  /** Each refused field's message beside it; any other refusal in the status line. */
  erreurs(violations, message) {
    for (const champ of ['motif', 'campagne']) {
      const v = violations.find((x) => x.champ === champ);
      const erreur = this.$(`#adoption-${champ}-erreur`);
      erreur.hidden = !v;
      erreur.textContent = v ? v.message : '';
      this.$(`#adoption-${champ}`).toggleAttribute('aria-invalid', Boolean(v));
    }
    if (message && violations.length === 0) {
      this.$('#adoption-etat').textContent = `Le scénario n'a pas été adopté : ${message}`;
    } else if (violations.length) {
      this.$(`#adoption-${violations[0].champ}`)?.focus();
    }
  }
}

/** The rule versions offered to price a scenario's candidates: every state, the one in force said so. */
export async function proposerVersions(liste) {
  let reponse;
  try {
    reponse = await appeler('/api/regles/versions?taille=100');
  } catch (erreur) {
    return; // the stored decisions as they are remain offered
  }
  const ETATS = { BROUILLON: 'brouillon', SOUMISE: 'soumise', PUBLIEE: 'publiée', REJETEE: 'rejetée', REMPLACEE: 'remplacée' };
  liste.append(...reponse.versions.map((v) => new Option(
    `${v.active ? 'En vigueur — ' : ''}${ETATS[v.etat] || v.etat}${v.motif ? ` — ${v.motif}` : ''} (${v.id})`, v.id)));
}
