// The impact of the version open over every stored dossier (POST …/impact, a job polled while it runs): the balance,
// a chart of the change by region, the decisions that change, and the differences as CSV.
import { appeler, el, euros, ErreurApi, nombre } from './commun.js';
import { urlVersion } from './api-regles.js';
import { messageErreur } from './erreurs-regles.js';

const VERT = '#18753c';
const ROUGE = '#ce0500';
const ATTENTE_MS = 500;

/** The job's answer once finished (TERMINE), else null; a failed or interrupted job is an error. */
function resultatDe(reponse) {
  if (reponse.etat === 'ECHEC' || reponse.etat === 'INTERROMPU') {
    throw new Error(reponse.erreur || (reponse.etat === 'INTERROMPU'
      ? 'Le calcul a été interrompu (l\'instance qui le menait s\'est arrêtée) : relancez-le.' : 'Le calcul de l\'impact a échoué.'));
  }
  return reponse.etat === 'TERMINE' ? reponse : null;
}

/** How far the job is, from 0 to 1, when it says so. */
function avancementDe(reponse) {
  const a = reponse.avancement;
  return a && a.total ? a.lues / a.total : null;
}

export class ImpactVersion {
  constructor(zone, libelle, rappels) {
    this.zone = zone;
    this.libelle = libelle;
    this.rappels = rappels;
    this.graphique = null;
    this.suivi = null;
    this.$ = (id) => zone.querySelector(`#${id}`);
    this.$('impact-lancer').addEventListener('click', () => this.lancer());
    this.$('impact-plus').addEventListener('click', () => this.pageSuivante());
  }

  dire(texte) {
    this.$('impact-etat').textContent = texte;
  }

  preparer() {
    this.suivi = null;
    this.$('impact-resultat').hidden = true;
    this.$('impact-avancement').hidden = true;
    this.dire('');
  }

  async lancer() {
    const version = this.rappels.version();
    if (!version) {
      this.dire('Enregistrez d\'abord le brouillon pour mesurer son impact.');
      return;
    }
    const filtres = new URLSearchParams();
    ['campagne', 'region'].forEach((f) => {
      const valeur = this.$(`impact-${f}`).value;
      if (valeur) {
        filtres.set(f, valeur);
      }
    });
    const url = `${urlVersion(version.id, 'impact')}${filtres.size ? `?${filtres}` : ''}`;
    this.$('impact-lancer').disabled = true;
    this.$('impact-resultat').hidden = true;
    this.montrerAvancement(0, 'Démarrage…');
    this.dire('Mesure de l\'impact en cours…');
    try {
      const reponse = await fetch(url, { method: 'POST', headers: { Accept: 'application/json' } });
      const corps = (reponse.headers.get('Content-Type') || '').includes('json') ? await reponse.json() : null;
      if (!reponse.ok) {
        throw new ErreurApi(reponse.status, corps || { title: `Erreur ${reponse.status}` });
      }
      const lieu = reponse.status === 202 ? reponse.headers.get('Location') : null;
      this.suivi = lieu ? new URL(lieu, window.location.href).pathname : null;
      let resultat = resultatDe(corps || {});
      let dernier = corps;
      while (!resultat && this.suivi) {
        const avancement = avancementDe(dernier || {});
        const a = (dernier || {}).avancement;
        this.montrerAvancement(avancement, a ? `${nombre(a.lues, 0)} décision(s) lue(s) sur ${nombre(a.total, 0)}` : 'en cours');
        await new Promise((r) => { setTimeout(r, ATTENTE_MS); });
        dernier = await appeler(this.suivi);
        resultat = resultatDe(dernier);
      }
      this.montrerAvancement(1, '100 %');
      this.afficher(resultat, version);
      this.dire('');
    } catch (e) {
      this.dire(messageErreur(e));
      this.$('impact-avancement').hidden = true;
    } finally {
      this.$('impact-lancer').disabled = false;
    }
  }

  montrerAvancement(part, texte) {
    this.$('impact-avancement').hidden = false;
    const barre = this.$('impact-progression');
    if (part === null) {
      barre.removeAttribute('value');
    } else {
      barre.value = Math.round(part * 100);
    }
    this.$('impact-progression-texte').textContent = texte;
  }

  afficher(r, version) {
    this.resultat = r;
    this.$('impact-resultat').hidden = false;
    const b = r.bilan;
    const signe = (m) => `${Number(m) > 0 ? '+' : ''}${euros(m)}`;
    this.$('impact-bilan').replaceChildren(...[
      ['Décisions examinées', nombre(r.examinees, 0)],
      ['Inchangées', nombre(r.inchangees, 0)],
      ['Modifiées', nombre(r.examinees - r.inchangees, 0)],
      ['Durée du calcul', `${nombre(r.secondes || 0, 0)} s`],
      ['Écart sur le total des forfaits', signe(b.ecartTotal)],
      ['Devenues éligibles', nombre(b.devenusEligibles, 0)],
      ['Devenues non éligibles', nombre(b.devenusNonEligibles, 0)],
    ].map(([terme, valeur]) => el('div', {}, el('dt', {}, terme), el('dd', {}, valeur))));
    const regions = r.parRegion || [];
    this.$('impact-regions').querySelector('tbody').replaceChildren(...regions.map((p) => el('tr', {},
      el('th', { scope: 'row' }, this.libelle('Region', p.region)),
      el('td', { classe: 'nombre' }, nombre(p.examinees, 0)),
      el('td', { classe: 'nombre' }, nombre(p.modifiees, 0)),
      el('td', { classe: 'nombre' }, signe(p.ecartTotal)))));
    this.dessiner(regions);
    this.differences = [];
    this.ajouterDifferences(r.differences || []);
    const csv = this.suivi ? `${this.suivi}?format=csv` : `${urlVersion(version.id, 'impact')}?format=csv`;
    this.$('impact-csv').href = csv;
    this.page = r.page || 0;
    this.$('impact-plus').hidden = !this.suivi || this.differences.length >= (r.totalDifferences || 0);
  }

  ajouterDifferences(differences) {
    this.differences.push(...differences);
    this.$('impact-differences').querySelector('tbody').replaceChildren(...this.differences.map((d) => this.ligne(d)));
  }

  ligne(d) {
    const montant = (cote) => (cote ? el('span', {}, cote.eligible ? 'Éligible' : 'Non éligible', el('br'), euros(cote.total),
      el('br'), el('small', {}, `part A ${euros(cote.partA)}, part B ${euros(cote.partB)}`)) : '—');
    const ecart = d.avant && d.apres ? Number(d.apres.total) - Number(d.avant.total) : null;
    return el('tr', { 'data-reference': d.reference },
      el('td', {}, el('a', { href: `/regles?decision=${encodeURIComponent(d.id)}#trace` }, d.reference), el('br'),
        el('small', {}, [d.campagne, d.annee].filter(Boolean).join(', '))),
      el('td', {}, this.libelle('Region', d.region)),
      el('td', {}, montant(d.avant)),
      el('td', {}, montant(d.apres)),
      el('td', { classe: 'nombre' }, ecart === null ? '—' : `${ecart > 0 ? '+' : ''}${euros(ecart)}`),
      el('td', {}, d.erreur ? el('p', { classe: 'alerte' }, d.erreur) : null, el('ul', { classe: 'changements' },
        (d.criteres || []).map((c) => el('li', {}, el('code', {}, c.code), c.programme ? ` (programme ${c.programme})` : '', ' : ',
          `${c.avant === null ? 'absent' : (c.avant ? 'satisfait' : 'non satisfait')} → ${c.apres === null ? 'absent' : (c.apres ? 'satisfait' : 'non satisfait')}`,
          c.explication ? ` — ${c.explication}` : '')),
        (d.constatsAjoutes || []).map((k) => el('li', {}, 'constat ajouté : ', el('code', {}, k))),
        (d.constatsRetires || []).map((k) => el('li', {}, 'constat retiré : ', el('code', {}, k))))));
  }

  async pageSuivante() {
    this.page += 1;
    try {
      const suite = resultatDe(await appeler(`${this.suivi}?page=${this.page}`));
      this.ajouterDifferences(suite.differences || []);
      this.$('impact-plus').hidden = !(suite.differences || []).length || this.differences.length >= (suite.totalDifferences || 0);
    } catch (e) {
      this.dire(messageErreur(e));
    }
  }

  /** One bar a region: the change in total forfaits (green up, red down). */
  dessiner(regions) {
    const zone = this.zone.querySelector('.graphique-zone');
    zone.style.height = `${Math.max(200, 90 + regions.length * 30)}px`;
    const donnees = {
      labels: regions.map((p) => this.libelle('Region', p.region)),
      datasets: [{
        label: 'Écart du total des forfaits',
        data: regions.map((p) => Number(p.ecartTotal)),
        backgroundColor: regions.map((p) => (Number(p.ecartTotal) < 0 ? ROUGE : VERT)),
      }],
    };
    if (this.graphique) {
      this.graphique.data = donnees;
      this.graphique.update('none');
      return;
    }
    this.graphique = new window.Chart(this.$('impact-graphique'), {
      type: 'bar',
      data: donnees,
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: 'fr-FR',
        scales: { x: { ticks: { callback: (v) => euros(v) } }, y: { ticks: { autoSkip: false } } },
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => euros(c.parsed.x) } } },
      },
    });
  }
}
