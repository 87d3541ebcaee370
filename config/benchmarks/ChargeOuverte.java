import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load at a fixed rate, the way wrk2 does it (wrk has no rate option and wrk2 is not in Debian): each of
 * the keep-alive connections sends its requests on a fixed schedule (rate / connections each), and a request's latency
 * runs from the time it was due, not from when it could be sent, so a stalled server shows up in the percentiles
 * instead of slowing the load down (no coordinated omission).
 * Usage: java config/benchmarks/ChargeOuverte.java <url> <requests per second> <seconds> <connections> [dossiers]
 * Without a file: GET with the Authorization header in $AUTORISATION; with one (lines "<Authorization>\t<JSON dossier>"):
 * POST each dossier in turn with its credentials. Prints one RESULTAT line like wrk.lua's.
 */
public class ChargeOuverte {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        double debit = Double.parseDouble(args[1]);
        int secondes = Integer.parseInt(args[2]);
        int connexions = Integer.parseInt(args[3]);
        List<byte[]> requetes = requetes(url, args.length > 4 ? Path.of(args[4]) : null);
        long intervalle = (long) (1e9 * connexions / debit);
        int parConnexion = (int) Math.round(debit * secondes / connexions);
        long debut = System.nanoTime() + 200_000_000L;
        AtomicInteger erreurs = new AtomicInteger();
        AtomicInteger horsDeuxCents = new AtomicInteger();
        long[][] latences = new long[connexions][];
        List<Thread> fils = new ArrayList<>();
        for (int c = 0; c < connexions; c++) {
            int numero = c;
            latences[c] = new long[parConnexion];
            Arrays.fill(latences[c], -1);
            // connections start staggered, so that together they keep an even pace
            long premier = debut + intervalle * c / connexions;
            Thread fil = new Thread(() -> connexion(url, requetes, numero, premier, intervalle, latences[numero], erreurs, horsDeuxCents));
            fil.start();
            fils.add(fil);
        }
        for (Thread fil : fils) {
            fil.join();
        }
        double duree = (System.nanoTime() - debut) / 1e9;
        long[] mesurees = Arrays.stream(latences).flatMapToLong(Arrays::stream).filter(l -> l >= 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "RESULTAT requetes=%d duree_s=%.1f debit=%.1f p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f "
                + "erreurs=%d statuts_hors_2xx=%d debit_vise=%.1f connexions=%d%n",
                mesurees.length, duree, mesurees.length / duree, ms(mesurees, 50), ms(mesurees, 99), ms(mesurees, 99.9),
                mesurees.length == 0 ? 0 : mesurees[mesurees.length - 1] / 1e6, erreurs.get(), horsDeuxCents.get(), debit, connexions);
    }

    /** One keep-alive connection sending its share of the requests on schedule; reconnects after an error. */
    private static void connexion(URI url, List<byte[]> requetes, int numero, long premier, long intervalle, long[] latences,
            AtomicInteger erreurs, AtomicInteger horsDeuxCents) {
        Socket socket = null;
        InputStream entree = null;
        for (int i = 0; i < latences.length; i++) {
            long prevue = premier + i * intervalle;
            long attente;
            while ((attente = prevue - System.nanoTime()) > 0) {
                LockSupport.parkNanos(attente);
            }
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(10_000);
                    socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 2_000);
                    entree = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                }
                OutputStream sortie = socket.getOutputStream();
                sortie.write(requetes.get((numero * 997 + i) % requetes.size()));
                sortie.flush();
                int statut = lireReponse(entree);
                latences[i] = System.nanoTime() - prevue;
                if (statut / 100 != 2) {
                    horsDeuxCents.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                erreurs.incrementAndGet();
                fermer(socket);
                socket = null;
            }
        }
        fermer(socket);
    }

    /** Reads one HTTP/1.1 response (Content-Length or chunked body) and returns its status. */
    private static int lireReponse(InputStream entree) throws IOException {
        String ligneStatut = ligne(entree);
        int statut = Integer.parseInt(ligneStatut.split(" ")[1]);
        long longueur = -1;
        boolean morceaux = false;
        String entete;
        while (!(entete = ligne(entree)).isEmpty()) {
            String minuscule = entete.toLowerCase(Locale.ROOT);
            if (minuscule.startsWith("content-length:")) {
                longueur = Long.parseLong(entete.substring(15).trim());
            } else if (minuscule.startsWith("transfer-encoding:") && minuscule.contains("chunked")) {
                morceaux = true;
            }
        }
        if (morceaux) {
            long taille;
            while ((taille = Long.parseLong(ligne(entree).split(";")[0].trim(), 16)) > 0) {
                sauter(entree, taille);
                ligne(entree);
            }
            ligne(entree);
        } else if (longueur > 0) {
            sauter(entree, longueur);
        }
        return statut;
    }

    private static String ligne(InputStream entree) throws IOException {
        StringBuilder texte = new StringBuilder();
        int c;
        while ((c = entree.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                texte.append((char) c);
            }
        }
        return texte.toString();
    }

    private static void sauter(InputStream entree, long octets) throws IOException {
        if (entree.readNBytes((int) octets).length < octets) {
            throw new IOException("connection closed");
        }
    }

    private static List<byte[]> requetes(URI url, Path dossiers) throws IOException {
        String hote = "Host: " + url.getHost() + ":" + url.getPort() + "\r\n";
        if (dossiers == null) {
            return List.of(("GET " + url.getRawPath() + " HTTP/1.1\r\n" + hote + "Accept: application/json\r\n"
                    + "Authorization: " + System.getenv("AUTORISATION") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> requetes = new ArrayList<>();
        for (String ligne : Files.readAllLines(dossiers)) {
            int tab = ligne.indexOf('\t');
            if (tab > 0) {
                byte[] corps = ligne.substring(tab + 1).getBytes(StandardCharsets.UTF_8);
                byte[] entetes = ("POST " + url.getRawPath() + " HTTP/1.1\r\n" + hote + "Content-Type: application/json\r\n"
                        + "Authorization: " + ligne.substring(0, tab) + "\r\n"
                        + "Content-Length: " + corps.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
                byte[] requete = Arrays.copyOf(entetes, entetes.length + corps.length);
                System.arraycopy(corps, 0, requete, entetes.length, corps.length);
                requetes.add(requete);
            }
        }
        return requetes;
    }

    private static double ms(long[] triees, double centile) {
        if (triees.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(centile / 100 * triees.length) - 1;
        return triees[Math.max(0, Math.min(triees.length - 1, rang))] / 1e6;
    }

    private static void fermer(Socket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing after an error: nothing more to report
        }
    }
}
