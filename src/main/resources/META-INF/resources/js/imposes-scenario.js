// The ministry's choices imposed on a scenario (scenario-api.md « The ministry's levers »): from the candidates' table a
// team forced in or out with a reason, then the same scenario launched again with parametres.imposes; and the price of
// those choices (resultat.prixDesChoix: the same scenario solved without them) once solved.
import { appeler, el, envoyer, euros, nombre } from './commun.js';

const PATIENTS = 'patients pondérés';

export class ChoixImposes {
  /**
   * @param lance called with the new scenario's answer once launched
   * @param explications the candidates' explanations already loaded for a scenario (its id), or null
   */
  constructor(zone, libelle, lance, explications = () => null) {
    this.zone = zone;
    this.libelle = libelle;
    this.lance = lance;
    this.explications = explications;
    this.vue = null;
    this.choix = new Map(); // reference → { sens: 'retenus' | 'exclus', motif }
    this.$ = (s) => zone.querySelector(s);
    this.$('#relancer-imposes').addEventListener('click', () => this.relancer());
  }

  /** The scenario shown: its own imposed choices to start from, and the price of its choices if it had any. */
  afficher(vue) {
    if (!this.vue || this.vue.id !== vue.id) {
      this.choix = new Map();
      const imposes = (vue.parametres && vue.parametres.imposes) || {};
      for (const sens of ['retenus', 'exclus']) {
        (imposes[sens] || []).forEach((c) => this.choix.set(c.reference, { sens, motif: c.motif }));
      }
      this.montrerErreur(null);
    }
    this.vue = vue;
    this.$('#imposes').hidden = vue.statut === 'EN_COURS';
    this.lister();
    this.prix(vue.resultat && vue.resultat.prixDesChoix);
  }

  /** The controls of a candidate's row: « Imposer… » opens a small form (retained or excluded, and why). */
  controles(c) {
    const bouton = el('button', { type: 'button', classe: 'secondaire petit', 'aria-label': `Imposer un choix pour ${c.reference}` }, 'Imposer…');
    const zone = el('div', { classe: 'imposer' }, bouton);
    bouton.addEventListener('click', () => {
      const id = `imposer-${c.reference}`;
      const sens = el('select', { id: `${id}-sens`, 'aria-label': `Choix imposé pour ${c.reference}` },
        new Option('Retenu', 'retenus'), new Option('Exclu', 'exclus'));
      sens.value = c.retenu ? 'exclus' : 'retenus';
      const motif = el('input', { type: 'text', id: `${id}-motif`, maxlength: '500', 'aria-label': `Motif du choix imposé pour ${c.reference}` });
      const ajouter = el('button', { type: 'submit', classe: 'petit' }, 'Imposer');
      const annuler = el('button', { type: 'button', classe: 'secondaire petit' }, 'Annuler');
      const form = el('form', { classe: 'imposer-form', novalidate: true }, sens, ' ', motif, ' ', ajouter, ' ', annuler);
      annuler.addEventListener('click', () => zone.replaceChildren(bouton));
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        if (!motif.value.trim()) {
          motif.setAttribute('aria-invalid', 'true');
          motif.placeholder = 'Motif obligatoire';
          motif.focus();
          return;
        }
        this.choix.set(c.reference, { sens: sens.value, motif: motif.value.trim() });
        zone.replaceChildren(bouton);
        this.lister();
      });
      zone.replaceChildren(form);
      motif.focus();
    });
    return zone;
  }

  lister() {
    const items = [...this.choix.entries()].map(([reference, { sens, motif }]) => {
      const retirer = el('button', { type: 'button', classe: 'secondaire petit', 'aria-label': `Retirer le choix imposé pour ${reference}` }, 'Retirer');
      retirer.addEventListener('click', () => {
        this.choix.delete(reference);
        this.lister();
      });
      return el('li', { 'data-reference': reference }, el('strong', {}, reference), ` — ${sens === 'retenus' ? 'retenu' : 'exclu'} : « ${motif} » `, retirer);
    });
    this.$('#imposes-liste').replaceChildren(...items);
    this.$('#imposes-vide').hidden = items.length > 0;
    this.$('#relancer-imposes').disabled = items.length === 0;
  }

  /**
   * The same scenario (parameters and candidates) with these choices, as a new scenario: from the same source for a
   * campaign's scenario, with the same candidates sent again for one of a CSV file or of a list.
   */
  async relancer() {
    const vue = this.vue;
    const imposes = { retenus: [], exclus: [] };
    this.choix.forEach(({ sens, motif }, reference) => imposes[sens].push({ reference, motif }));
    const nom = `${vue.nom.replace(/ — choix imposés$/, '')} — choix imposés`;
    this.montrerErreur(null);
    this.$('#relancer-imposes').disabled = true;
    try {
      const candidats = vue.campagne
        ? { source: { campagne: vue.campagne, ...(vue.versionRegles ? { version: vue.versionRegles } : {}) } }
        : { candidats: (await this.candidats(vue)).map(candidatTelQuel) };
      this.lance(await envoyer('/api/scenarios', { nom, parametres: { ...vue.parametres, imposes }, ...candidats }));
    } catch (refus) {
      const messages = (refus.violations || []).map((v) => `${v.champ} : ${v.message}`);
      this.montrerErreur(messages.length ? messages.join(' ; ') : refus.message);
    } finally {
      this.$('#relancer-imposes').disabled = this.choix.size === 0;
    }
  }

  /** The candidates of a scenario as its explanations give them: those the table loaded, else asked for. */
  async candidats(vue) {
    return this.explications(vue.id) || appeler(`/api/scenarios/${encodeURIComponent(vue.id)}/candidats`);
  }

  montrerErreur(texte) {
    this.$('#imposes-erreur').hidden = !texte;
    this.$('#imposes-erreur').textContent = texte || '';
  }

  /** The price of the choices: its explanation always (« En attente… » before the reference solve), its figures once known. */
  prix(p) {
    const zone = this.$('#prix-des-choix');
    zone.hidden = !p;
    if (!p) {
      return;
    }
    const connu = p.valeurSansImposes !== undefined && p.valeurSansImposes !== null;
    const lignes = connu ? [
      ['Prix des choix (valeur perdue)', `${nombre(p.ecart, 1)} ${PATIENTS}`],
      ['Valeur sans les choix imposés', `${nombre(p.valeurSansImposes, 1)} ${PATIENTS}`],
      ['Valeur avec les choix imposés', `${nombre(p.valeur, 1)} ${PATIENTS}`],
      ['Équipes retenues sans les choix imposés', nombre(p.placesSansImposes, 0)],
      ['Coût sans les choix imposés', euros(p.coutSansImposes)],
      ['Écart de coût (avec les choix − sans)', `${p.ecartCout > 0 ? '+' : ''}${euros(p.ecartCout)}`],
    ] : [];
    zone.querySelector('dl').replaceChildren(...lignes.map(([t, v]) => el('div', {}, el('dt', {}, t), el('dd', {}, v))));
    zone.querySelector('dl').hidden = !connu;
    zone.querySelector('#prix-des-choix-explication').textContent = p.explication || '';
  }
}

/** A candidate as POST /api/scenarios takes it, from its explanation (which gives every field the scenario took). */
function candidatTelQuel(c) {
  const { reference, nom, region, cout, patienteleRetenue, zoneFragile, rangArs, eligible } = c;
  return { reference, ...(nom ? { nom } : {}), region, cout, patienteleRetenue, zoneFragile, rangArs, eligible };
}
