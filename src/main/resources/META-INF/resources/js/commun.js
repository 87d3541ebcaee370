// What the pages' scripts share: French number and date formats, DOM building, calls to the API.

const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const POURCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });
const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** 35450 → « 35 450,00 € ». */
export function euros(montant) {
  return EUROS.format(montant);
}

/** 3350 → « 3 350 » ; 5.45 → « 5,45 ». */
export function nombre(valeur, decimalesMax = 2) {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: decimalesMax }).format(valeur);
}

/** 1 → « 100 % ». */
export function pourcent(taux) {
  return POURCENT.format(taux);
}

/** An ISO instant → « 22/11/2026 15:20 » (local time). */
export function dateHeure(instant) {
  return DATE_HEURE.format(new Date(instant));
}


/** Builds an element; strings become text (never HTML), null children are skipped. */
export function el(balise, attributs = {}, ...enfants) {
  const noeud = document.createElement(balise);
  for (const [nom, valeur] of Object.entries(attributs)) {
    if (valeur === null || valeur === undefined || valeur === false) {
      continue;
    }
    if (nom === 'classe') {
      noeud.className = valeur;
    } else {
      noeud.setAttribute(nom, valeur === true ? '' : valeur);
    }
  }
  for (const enfant of enfants.flat()) {
    if (enfant !== null && enfant !== undefined && enfant !== false) {
      noeud.append(enfant instanceof Node ? enfant : String(enfant));
    }
  }
  return noeud;
}

/** An answer of the API that is not a success: its problem+json (title, detail, violations). */
export class ErreurApi extends Error {
  constructor(statut, probleme) {
    super(probleme.detail || probleme.title || `Erreur ${statut}`);
    this.statut = statut;
    this.probleme = probleme;
    this.violations = probleme.violations || [];
  }
}

/** Calls the API and answers its JSON, or throws an ErreurApi with the problem it reported. */
export async function appeler(url, options = {}) {
  let reponse;
  try {
    reponse = await fetch(url, { headers: { Accept: 'application/json' }, ...options });
  } catch (e) {
    throw new ErreurApi(0, { title: 'Service injoignable', detail: 'Le service ne répond pas ; vérifiez la connexion puis réessayez.' });
  }
  const type = reponse.headers.get('Content-Type') || '';
  const corps = type.includes('json') ? await reponse.json() : null;
  if (!reponse.ok) {
    throw new ErreurApi(reponse.status, corps || { title: `Erreur ${reponse.status}`, detail: 'Le service a refusé la demande.' });
  }
  return corps;
}

/** POSTs a body to the API (JSON unless another type is given, extra headers if any) and answers its JSON, like appeler. */
export function envoyer(url, corps, type = 'application/json', entetes = {}) {
  return appeler(url, {
    method: 'POST',
    headers: { 'Content-Type': type, Accept: 'application/json', ...entetes },
    body: type === 'application/json' ? JSON.stringify(corps) : corps,
  });
}

/** The labels the page was rendered with (web/intitules.properties); every list is also in its .listes. */
export function intitules() {
  const donnees = JSON.parse(document.getElementById('intitules').textContent);
  const libelle = (liste, code) => (donnees[liste] && donnees[liste][code]) || code;
  libelle.listes = donnees;
  return libelle;
}
