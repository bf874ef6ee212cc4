package fr.mutualis.referential.territory.application;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.audit.AuditedAct;
import fr.mutualis.referential.territory.domain.Descriptor;
import fr.mutualis.referential.territory.domain.ImportPlan;
import fr.mutualis.referential.territory.domain.ImportReport;
import fr.mutualis.referential.territory.domain.Kind;
import fr.mutualis.referential.territory.domain.Names;
import fr.mutualis.referential.territory.domain.OfficialReferential;
import fr.mutualis.referential.territory.domain.PopulationBand;
import fr.mutualis.referential.territory.domain.StoredTerritory;
import fr.mutualis.referential.territory.domain.Territory;
import fr.mutualis.referential.territory.domain.TerritoryRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of the referential: import a version, describe a collectivité, find one by name. */
@Service
public class Referential {

    private final TerritoryRepository territories;
    private final AuditTrail audit;
    private final Clock clock;

    public Referential(TerritoryRepository territories, AuditTrail audit, Clock clock) {
        this.territories = territories;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of a search by name. */
    public record Page(List<Descriptor> items, long totalItems) {
    }

    /**
     * Imports a version: new entities are added, changed ones updated, missing ones marked removed; importing the same
     * version again changes nothing and says so.
     */
    @Transactional
    public ImportReport importVersion(Supplier<OfficialReferential> version) {
        OfficialReferential next = version.get();
        ImportPlan plan = ImportPlan.between(territories.allByKey(), next, clock.instant());
        territories.apply(plan, next.members());
        ImportReport report = plan.report();
        audit.record(AuditedAct.of("referential.imported", "referential", next.version())
                .with("added", report.added()).with("updated", report.updated()).with("removed", report.removed()));
        return report;
    }

    @Transactional(readOnly = true)
    public Optional<String> lastImportedVersion() {
        return territories.lastImportedVersion();
    }

    @Transactional(readOnly = true)
    public List<ImportReport> imports() {
        return territories.imports();
    }

    @Transactional(readOnly = true)
    public Optional<Descriptor> describe(String siren) {
        return territories.findBySiren(siren).map(stored -> describe(stored, territories.territoryNames()));
    }

    /** The commune of this INSEE code, as the other services check a place (a marché's place of execution). */
    @Transactional(readOnly = true)
    public Optional<Descriptor> commune(String inseeCode) {
        return territories.findCommuneByInseeCode(inseeCode)
                .map(stored -> describe(stored, territories.territoryNames()));
    }

    @Transactional(readOnly = true)
    public Page search(String text, Kind kind, String departementCode, int page, int size) {
        String folded = text == null ? "" : Names.fold(text);
        Map<String, String> names = territories.territoryNames();
        return new Page(territories.searchByName(folded, kind, departementCode, page * size, size).stream()
                .map(stored -> describe(stored, names)).toList(), territories.countByName(folded, kind, departementCode));
    }

    /** @throws UnknownCollectiviteException if {@code epciSiren} names no EPCI */
    @Transactional(readOnly = true)
    public List<Descriptor> communesOf(String epciSiren) {
        territories.findBySiren(epciSiren).filter(stored -> stored.territory().kind() == Kind.EPCI)
                .orElseThrow(() -> new UnknownCollectiviteException(epciSiren));
        Map<String, String> names = territories.territoryNames();
        return territories.communesOf(epciSiren).stream().map(stored -> describe(stored, names)).toList();
    }

    /**
     * Registers what the official package lacks: a syndicat, or the SIREN of a département's or région's council.
     *
     * @param code the département or région code, for those kinds
     * @throws UnknownCollectiviteException if no département or région has that code
     */
    @Transactional
    public Descriptor register(String siren, Kind kind, String name, String code) {
        territories.findBySiren(siren).filter(taken -> taken.territory().kind() != kind).ifPresent(taken -> {
            throw new SirenTakenException(siren, taken.territory().name());
        });
        StoredTerritory registered = switch (kind) {
            case SYNDICAT -> new StoredTerritory(new Territory(siren, siren, Kind.SYNDICAT, name, null, null, null, 0),
                    PopulationBand.NOT_APPLICABLE, false);
            case DEPARTEMENT, REGION -> territories.findByKey(kind.code() + ":" + code)
                    .map(council -> new StoredTerritory(new Territory(council.territory().key(), siren, kind,
                            council.territory().name(), council.territory().inseeCode(),
                            council.territory().departementCode(), council.territory().regionCode(),
                            council.territory().population()), council.band(), council.removed()))
                    .orElseThrow(() -> new UnknownCollectiviteException(kind.code() + " " + code));
            default -> throw new IllegalArgumentException("Communes and EPCI come from the official referential");
        };
        territories.register(registered);
        audit.record(AuditedAct.of("collectivite.registered", "collectivite", siren).with("kind", kind.code()));
        return describe(registered, territories.territoryNames());
    }

    /** @param names the names of départements and régions by key ({@code departement:33}) */
    private static Descriptor describe(StoredTerritory stored, Map<String, String> names) {
        Territory territory = stored.territory();
        return new Descriptor(territory.siren(), territory.kind().code(), territory.name(), territory.inseeCode(),
                named(Kind.DEPARTEMENT, territory.departementCode(), names),
                named(Kind.REGION, territory.regionCode(), names),
                territory.kind() == Kind.SYNDICAT ? null : territory.population(), stored.band(), stored.removed());
    }

    private static Descriptor.Named named(Kind kind, String code, Map<String, String> names) {
        return code == null ? null : new Descriptor.Named(code, names.getOrDefault(kind.code() + ":" + code, code));
    }
}
