package fr.enmr.allocation.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

import fr.enmr.allocation.domain.Centimes;

/** The retained teams cost more than the national envelope. */
public record EnveloppeDepassee(long coutCentimes, long enveloppeCentimes) implements ConstraintJustification, Justification {

    @Override
    public String description() {
        return "Coût des équipes retenues " + Centimes.texte(coutCentimes) + " pour une enveloppe de "
                + Centimes.texte(enveloppeCentimes) + " : dépassement de " + Centimes.texte(coutCentimes - enveloppeCentimes) + ".";
    }
}
