// A scenario's result (best so far while solving): totals, a chart and a table by region.
import { el, euros, nombre } from './commun.js';
import { sansScore } from './suivi-scenario.js';

const VERT = '#18753c';
const ROUGE = '#ce0500';
const BLEU = 'rgba(0, 0, 145, 0.35)';

export class ResultatScenario {
  constructor(zone, libelle) {
    this.zone = zone;
    this.libelle = libelle;
    this.graphique = null;
  }

  afficher(vue) {
    if (!vue.resultat) {
      this.zone.hidden = true;
      return;
    }
    this.zone.hidden = false;
    const { totaux, parRegion } = vue.resultat;
    const p = vue.parametres;
    this.zone.querySelector('#totaux').replaceChildren(...[
      ['Places retenues', `${nombre(totaux.places, 0)} sur ${nombre(p.places, 0)}`],
      ['Coût', `${euros(totaux.cout)} sur ${euros(p.enveloppe)}`],
      ['Enveloppe restante', euros(totaux.enveloppeRestante)],
      ['Patients couverts', nombre(totaux.patients, 0)],
      ['Valeur (patientèle pondérée)', nombre(totaux.valeur, 1)],
      ['Minimums atteints', `${parRegion.filter((r) => r.minimumAtteint).length} régions sur ${parRegion.length}`],
    ].map(([terme, valeur]) => el('div', {}, el('dt', {}, terme), el('dd', {}, valeur))));
    this.zone.querySelector('#table-regions tbody').replaceChildren(...parRegion.map((r) => el('tr', {},
      el('th', { scope: 'row' }, this.libelle('Region', r.region)),
      el('td', { classe: 'nombre' }, nombre(r.places, 0)),
      el('td', { classe: 'nombre' }, nombre(r.minimum, 0)),
      el('td', { classe: 'nombre' }, r.maximum === undefined || r.maximum === null ? '—' : nombre(r.maximum, 0)),
      el('td', {}, el('span', { classe: `pastille ${r.minimumAtteint ? 'pastille-oui' : 'pastille-non'}` }, r.minimumAtteint ? 'Oui' : 'Non')),
      el('td', { classe: 'nombre' }, euros(r.cout)),
      el('td', { classe: 'nombre' }, nombre(r.patients, 0)),
      el('td', {}, sansScore(r.explication)))));
    this.afficherDoublons(vue.resultat.doublonsPresumes || []);
    this.afficherTemps(vue.resultat.tempsDeCalcul);
    this.dessiner(parRegion);
  }

  /** Candidates that look like one team under several references: flagged for the ministry to check. */
  afficherDoublons(doublons) {
    const bloc = this.zone.querySelector('#doublons-presumes');
    bloc.hidden = doublons.length === 0;
    bloc.querySelector('ul').replaceChildren(...doublons.map((d) => el('li', { classe: d.retenues.length > 1 ? 'erreur' : '' }, d.explication)));
  }

  /**
   * The processor time the solve had against the time asked (once it ended), and the service's explanation when other
   * work took the processor: worth knowing before adopting, not an error (the result stands, perhaps slightly worse).
   */
  afficherTemps(temps) {
    const bloc = this.zone.querySelector('#temps-de-calcul');
    bloc.hidden = !temps;
    if (!temps) {
      return;
    }
    const secondes = (n, decimales, participe) => `${nombre(n, decimales)} s${participe ? ` ${participe}${n >= 2 ? 's' : ''}` : ''}`;
    bloc.querySelector('#temps-de-calcul-resume').textContent = `Temps de calcul : ${secondes(temps.secondesProcesseur, 1)} de processeur`
      + ` sur ${secondes(temps.secondesDemandees, 0, 'demandée')} (${secondes(temps.secondesEcoulees, 1, 'écoulée')}).`;
    const explication = bloc.querySelector('#temps-de-calcul-explication');
    explication.hidden = !(temps.reduit && temps.explication);
    explication.textContent = explication.hidden ? '' : temps.explication;
  }

  /** Horizontal bars, one line per region, so that 26 regions stay readable on a phone. */
  dessiner(parRegion) {
    const zone = this.zone.querySelector('.graphique-zone');
    zone.style.height = `${Math.max(260, 130 + parRegion.length * 34)}px`;
    const donnees = {
      labels: parRegion.map((r) => this.libelle('Region', r.region)),
      datasets: [
        {
          label: 'Places (minimum atteint)', xAxisID: 'places', stack: 'places', backgroundColor: VERT,
          data: parRegion.map((r) => (r.minimumAtteint ? r.places : null)),
        },
        {
          label: 'Places (minimum manqué)', xAxisID: 'places', stack: 'places', backgroundColor: ROUGE,
          data: parRegion.map((r) => (r.minimumAtteint ? null : r.places)),
        },
        {
          label: 'Minimum de places', type: 'line', indexAxis: 'y', xAxisID: 'places', stack: 'minimum', showLine: false,
          data: parRegion.map((r) => r.minimum),
          pointStyle: 'line', pointRadius: 12, pointRotation: 90, borderColor: '#161616', borderWidth: 3, backgroundColor: '#161616',
        },
        {
          label: 'Coût retenu', xAxisID: 'euros', stack: 'euros', backgroundColor: BLEU, data: parRegion.map((r) => Number(r.cout)),
        },
      ],
    };
    if (this.graphique) {
      this.graphique.data = donnees;
      this.graphique.update('none');
      return;
    }
    this.graphique = new window.Chart(this.zone.querySelector('#graphique-regions'), {
      type: 'bar',
      data: donnees,
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: 'fr-FR',
        scales: {
          places: { type: 'linear', position: 'bottom', stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Places' } },
          euros: {
            type: 'linear', position: 'top', beginAtZero: true, grid: { drawOnChartArea: false },
            ticks: { callback: (v) => `${nombre(v / 1000, 0)} k€` }, title: { display: true, text: 'Coût' },
          },
          y: { stacked: true, ticks: { autoSkip: false } },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (c) => (c.dataset.xAxisID === 'euros' ? `${c.dataset.label} : ${euros(c.parsed.x)}` : `${c.dataset.label} : ${nombre(c.parsed.x, 0)}`),
            },
          },
        },
      },
    });
  }
}
