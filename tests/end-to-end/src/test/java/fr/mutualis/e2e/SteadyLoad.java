package fr.mutualis.e2e;

import fr.mutualis.testing.stack.PlatformTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A steady load of changes through the HTTP APIs, as the platform's users make them, that records every change an API
 * acknowledged: its aggregate, the version the API returned, when.
 *
 * <p>Two writers: one creates, publishes and updates experience records as the demo agents of three collectivités
 * (experience-service, topic {@code mutualis.experience.events}); the other changes the services of two members of
 * the syndicate as an administrator (referential-service, topic {@code mutualis.referential.events}). A write that
 * fails (the service or its database down, a time-out) was maybe committed, maybe not: it is not counted, and the
 * aggregate is read back from its API before its next change, which gives the committed version (a record) or the
 * same change is sent again, which is idempotent (a membership).
 */
final class SteadyLoad implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> AGENT_SIRENS = List.of("213502388", "212900195", "213500226");
    private static final int RECORDS = 6;
    private static final Duration PAUSE = Duration.ofMillis(120);

    /** One change the API acknowledged. */
    record Ack(String topic, String aggregateId, long version, Instant at) {
    }

    /** What the load knows of one aggregate: its last acknowledged (or read back) version. */
    static final class Aggregate {
        final String topic;
        final String id;
        final String owner;
        final long versionBefore;
        volatile long version;
        volatile boolean published;
        volatile boolean uncertain;
        volatile int revision;

        Aggregate(String topic, String id, String owner, long versionBefore) {
            this.topic = topic;
            this.id = id;
            this.owner = owner;
            this.versionBefore = versionBefore;
            this.version = versionBefore;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String experienceUrl;
    private final String referentialUrl;
    private final String tag;
    private final Map<String, Aggregate> records = new ConcurrentHashMap<>();
    private final Map<String, Aggregate> members = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> originalMembership = new ConcurrentHashMap<>();
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    /** The last few reasons of failed writes, for failure messages. */
    private final java.util.Deque<String> lastFailures = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;
    private volatile String adminToken;
    private volatile Instant adminTokenAt = Instant.EPOCH;

    /** @param tag a word of every record title, to find this run's records */
    SteadyLoad(String experienceUrl, String referentialUrl, String tag, List<String> memberSirens) {
        this.experienceUrl = experienceUrl;
        this.referentialUrl = referentialUrl;
        this.tag = tag;
        JsonNode all = call("GET", referentialUrl + "/api/adhesions", null, null).orElseThrow(
                () -> new AssertionError("referential-service ne répond pas / does not answer GET /api/adhesions"));
        for (String siren : memberSirens) {
            JsonNode current = null;
            for (JsonNode adhesion : all) {
                if (adhesion.path("siren").asText().equals(siren)) {
                    current = adhesion;
                }
            }
            originalMembership.put(siren, current == null ? JSON.nullNode() : current);
            members.put(siren, new Aggregate("mutualis.referential.events", siren, null,
                    current == null ? 0 : current.path("version").asLong()));
        }
    }

    void start() {
        running = true;
        writers.add(new Thread(() -> loop(this::changeARecord), "load-records"));
        writers.add(new Thread(() -> loop(this::changeAMembership), "load-members"));
        writers.forEach(writer -> {
            writer.setDaemon(true);
            writer.start();
        });
    }

    /** Stops writing, then sets each membership back to what it was before the load (one more acknowledged change). */
    void stop() throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(30_000);
        }
        for (Aggregate member : members.values()) {
            JsonNode original = originalMembership.get(member.id);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!restore(member, original)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("referential-service : adhésion " + member.id
                            + " non rétablie / membership not restored");
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (running) {
            stop();
        }
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** Acknowledged changes after {@code instant}. */
    List<Ack> acksAfter(Instant instant) {
        return acks.stream().filter(ack -> ack.at().isAfter(instant)).toList();
    }

    Collection<Aggregate> records() {
        return records.values();
    }

    Collection<Aggregate> members() {
        return members.values();
    }

    int failures() {
        return failures.get();
    }

    /** How many writes failed, and the last reasons. */
    String failureSummary() {
        return failures.get() + " " + List.copyOf(lastFailures);
    }

    private void failed(String reason) {
        failures.incrementAndGet();
        lastFailures.addLast(reason.length() > 300 ? reason.substring(0, 300) : reason);
        while (lastFailures.size() > 4) {
            lastFailures.pollFirst();
        }
    }

    /**
     * Reads every record back from experience-service once the load stopped: its version and status there are the
     * committed state, which the index and the topic must show. Fails if one is behind what was acknowledged.
     */
    void readBackRecords() {
        for (Aggregate record : records.values()) {
            JsonNode current = call("GET", experienceUrl + "/api/experiences/" + record.id, record.owner, null)
                    .orElseThrow(() -> new AssertionError("experience-service : fiche / record " + record.id
                            + " illisible / unreadable"));
            long committed = current.path("version").asLong();
            if (committed < record.version) {
                throw new AssertionError("experience-service : fiche / record " + record.id + " en version " + committed
                        + " alors que la version " + record.version + " a été acquittée : changement perdu / acknowledged "
                        + "change lost");
            }
            record.version = committed;
            record.published = "published".equals(current.path("status").path("code").asText());
        }
    }

    private void loop(Runnable change) {
        while (running) {
            try {
                change.run();
            } catch (RuntimeException e) {
                failed(e.toString());
                sleep(Duration.ofMillis(300));
            }
            sleep(PAUSE);
        }
    }

    private void changeARecord() {
        if (records.size() < RECORDS) {
            String siren = AGENT_SIRENS.get(records.size() % AGENT_SIRENS.size());
            Optional<JsonNode> created = call("POST", experienceUrl + "/api/experiences", siren, body(siren, 0));
            if (created.isEmpty()) {
                return; // not acknowledged: maybe a draft nobody knows of, never indexed
            }
            Aggregate record = new Aggregate("mutualis.experience.events", created.get().path("id").asText(), siren, 0);
            acknowledge(record, created.get());
            records.put(record.id, record);
            return;
        }
        List<Aggregate> all = List.copyOf(records.values());
        Aggregate record = all.get(ThreadLocalRandom.current().nextInt(all.size()));
        if (record.uncertain) {
            call("GET", experienceUrl + "/api/experiences/" + record.id, record.owner, null).ifPresent(current -> {
                record.version = current.path("version").asLong();
                record.published = "published".equals(current.path("status").path("code").asText());
                record.uncertain = false;
            });
            return;
        }
        Optional<JsonNode> changed = record.published
                ? call("PUT", experienceUrl + "/api/experiences/" + record.id, record.owner, body(record.owner, ++record.revision))
                : call("POST", experienceUrl + "/api/experiences/" + record.id + "/publication", record.owner, null);
        changed.ifPresentOrElse(response -> acknowledge(record, response), () -> record.uncertain = true);
    }

    private void acknowledge(Aggregate record, JsonNode response) {
        record.version = response.path("version").asLong();
        record.published = "published".equals(response.path("status").path("code").asText());
        acks.add(new Ack(record.topic, record.id, record.version, Instant.now()));
    }

    private void changeAMembership() {
        List<Aggregate> all = List.copyOf(members.values());
        Aggregate member = all.get(ThreadLocalRandom.current().nextInt(all.size()));
        // Alternates between two sets of services; sending the same change again changes nothing (idempotent).
        List<String> services = member.revision % 2 == 0 ? List.of("demat-documents", "benchmark")
                : List.of("demat-documents", "marches-publics", "benchmark");
        String body = JSON.writeValueAsString(Map.of("adhesionDate", "2017-01-01", "services", services));
        call("PUT", referentialUrl + "/api/adhesions/" + member.id, ADMIN, body).ifPresent(adhesion -> {
            member.revision++;
            member.version = adhesion.path("version").asLong();
            acks.add(new Ack(member.topic, member.id, member.version, Instant.now()));
        });
    }

    private boolean restore(Aggregate member, JsonNode original) {
        Optional<JsonNode> restored;
        boolean wasMember = !original.isNull() && (original.path("leftOn").isNull() || original.path("leftOn").isMissingNode());
        if (!wasMember) {
            restored = call("DELETE", referentialUrl + "/api/adhesions/" + member.id, ADMIN, null);
        } else {
            restored = call("PUT", referentialUrl + "/api/adhesions/" + member.id, ADMIN, JSON.writeValueAsString(
                    Map.of("adhesionDate", original.path("adhesionDate").asText(), "services", original.path("services"))));
        }
        restored.filter(adhesion -> adhesion.has("version")).ifPresent(adhesion -> {
            if (adhesion.path("version").asLong() != member.version) {
                member.version = adhesion.path("version").asLong();
                acks.add(new Ack(member.topic, member.id, member.version, Instant.now()));
            }
        });
        return restored.isPresent();
    }

    private String body(String siren, int revision) {
        return JSON.writeValueAsString(Map.of(
                "title", "Essai de panne " + tag + " révision " + revision,
                "summary", "Fiche écrite pendant l'injection de pannes, révision " + revision + ".",
                "siren", siren,
                "axes", List.of("dematerialisation")));
    }

    private static final String ADMIN = "admin";

    /** The response's JSON when the API acknowledged the change (2xx), empty otherwise (error, time-out, refused). */
    private Optional<JsonNode> call(String method, String url, String caller, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(8))
                    .header("Accept", "application/json");
            if (ADMIN.equals(caller)) {
                request.header("Authorization", "Bearer " + adminToken());
            } else if (caller != null) {
                request.header("Authorization", "Bearer " + PlatformClient.agentToken(caller));
            }
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                failed(method + " " + url + " " + response.statusCode() + " " + response.body());
                return Optional.empty();
            }
            return Optional.of(response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
        } catch (IOException | RuntimeException e) {
            failed(method + " " + url + " " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The administrator's token, kept five minutes: the identity service may be unreachable while PostgreSQL is down. */
    private String adminToken() {
        if (adminToken == null || adminTokenAt.plus(Duration.ofMinutes(5)).isBefore(Instant.now())) {
            adminToken = PlatformTokens.adminAutomation();
            adminTokenAt = Instant.now();
        }
        return adminToken;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
