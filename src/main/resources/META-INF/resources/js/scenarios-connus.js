// The scenarios launched or opened in this browser (the API has no list of scenarios): offered for comparison.
const CLE = 'enmr.scenarios';

export function scenariosConnus() {
  try {
    const liste = JSON.parse(localStorage.getItem(CLE) || '[]');
    return Array.isArray(liste) ? liste : [];
  } catch (e) {
    return [];
  }
}

export function retenir(id, nom) {
  const liste = scenariosConnus().filter((s) => s.id !== id);
  liste.unshift({ id, nom });
  localStorage.setItem(CLE, JSON.stringify(liste.slice(0, 30)));
}
