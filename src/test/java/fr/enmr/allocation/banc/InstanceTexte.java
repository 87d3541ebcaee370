package fr.enmr.allocation.banc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.QuotaRegional;

/**
 * Writes an allocation problem as plain text for the exact solver of banc-exact/ (a separate
 * project without Quarkus): values already weighted and scaled, so both sides optimise the same numbers.
 */
public final class InstanceTexte {

    private InstanceTexte() {
    }

    public static void ecrire(Allocation allocation, Path fichier) {
        try (Writer sortie = Files.newBufferedWriter(fichier, StandardCharsets.UTF_8)) {
            sortie.write("# ENMR allocation instance: places, envelope (cents), quotas (min, max or -), candidates (cost in cents, value in solver points,"
                    + " eligible, and the ministry's imposed choice: retenu, exclu or -)\n");
            sortie.write("places " + allocation.getLimites().places() + "\n");
            sortie.write("enveloppe " + allocation.getLimites().enveloppeCentimes() + "\n");
            for (QuotaRegional quota : allocation.getQuotas()) {
                sortie.write("quota " + quota.region() + " " + quota.minimum() + " " + (quota.aUnMaximum() ? quota.maximum() : "-") + "\n");
            }
            for (Candidat c : allocation.getCandidats()) {
                sortie.write("candidat " + c.getReference() + " " + c.getRegion() + " " + c.getCoutCentimes() + " " + c.getValeur() + " " + c.isEligible() + " "
                        + (c.getImpose() == null ? "-" : c.getImpose() ? "retenu" : "exclu") + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
