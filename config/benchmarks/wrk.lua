-- wrk script of the HTTP load benchmark (charge-http.sh).
-- With DOSSIERS=<file> (lines "<Authorization header>\t<JSON dossier>"): POST each dossier in turn to the URL with
-- its credentials, each wrk thread from its own starting line. Without: GET the URL (the /api/ping baseline) with
-- the Authorization header in AUTORISATION.
-- At the end, one machine-readable line with throughput, latency percentiles (including p99.9) and errors.

local dossiers = {}
local autorisations = {}
local fichier = os.getenv("DOSSIERS")
local numero_thread = 0

function setup(thread)
   thread:set("numero", numero_thread)
   numero_thread = numero_thread + 1
end

function init(args)
   if fichier ~= nil and fichier ~= "" then
      for ligne in io.lines(fichier) do
         local tab = string.find(ligne, "\t", 1, true)
         if tab then
            autorisations[#autorisations + 1] = string.sub(ligne, 1, tab - 1)
            dossiers[#dossiers + 1] = string.sub(ligne, tab + 1)
         end
      end
      suivant = (numero * 997) % #dossiers
      wrk.method = "POST"
   else
      wrk.headers["Authorization"] = os.getenv("AUTORISATION")
   end
end

function request()
   if #dossiers == 0 then
      return wrk.format(nil, nil)
   end
   suivant = suivant % #dossiers + 1
   return wrk.format(nil, nil, {["Content-Type"] = "application/json", ["Authorization"] = autorisations[suivant]},
                     dossiers[suivant])
end

function done(resume, latence, requetes)
   local e = resume.errors
   local secondes = resume.duration / 1e6
   io.write(string.format(
      "RESULTAT requetes=%d duree_s=%.1f debit=%.1f p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f " ..
      "erreurs_connexion=%d erreurs_lecture=%d erreurs_ecriture=%d timeouts=%d statuts_hors_2xx=%d\n",
      resume.requests, secondes, resume.requests / secondes,
      latence:percentile(50) / 1000, latence:percentile(99) / 1000, latence:percentile(99.9) / 1000, latence.max / 1000,
      e.connect, e.read, e.write, e.timeout, e.status))
end
