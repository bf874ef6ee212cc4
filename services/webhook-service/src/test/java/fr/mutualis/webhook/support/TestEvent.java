package fr.mutualis.webhook.support;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A platform event as Debezium's EventRouter publishes it (infra/connect/outbox-connector.json): key = aggregate id,
 * CloudEvents attributes in {@code ce_*} headers, value = the JSON envelope.
 */
public final class TestEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String id = UUID.randomUUID().toString();
    private String type;
    private String eventType = "experience.record.created";
    private String subject = UUID.randomUUID().toString();
    private int version = 1;
    private Instant time = Instant.now();
    private String title = "Téléconsultation en zone rurale";
    private String contactName;
    private String contactEmail;

    private TestEvent(String type) {
        this.type = type;
    }

    /** An event of this type, e.g. {@code experience.record.created}. */
    public static TestEvent ofType(String type) {
        return new TestEvent(type);
    }

    /** An event whose {@code ce_type} is its envelope's {@code eventType}, as the platform publishes them. */
    public static TestEvent ofContract(String eventType) {
        TestEvent event = new TestEvent(eventType);
        event.eventType = eventType;
        return event;
    }

    /** Makes this event a change of that aggregate. */
    public TestEvent subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestEvent version(int version) {
        this.version = version;
        return this;
    }

    /** A contact person in {@code data}, with consent. */
    public TestEvent contact(String name, String email) {
        this.contactName = name;
        this.contactEmail = email;
        return this;
    }

    public TestEvent id(String id) {
        this.id = id;
        return this;
    }

    public TestEvent time(Instant time) {
        this.time = time;
        return this;
    }

    public TestEvent title(String title) {
        this.title = title;
        return this;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public int version() {
        return version;
    }

    /** {@code ce_time} as Debezium writes it: microseconds. */
    public String time() {
        return time.toString();
    }

    public String source() {
        return "/mutualis/experience-service";
    }

    /**
     * The envelope, the value of the record and the body of the webhook: its eventType is not {@link #type()}, unless
     * made {@link #ofContract}.
     */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("eventId", id);
        // A valid contract event, as the service checks each value against its contract; ce_type is unique to a test
        // instead (unless made ofContract), so that each test's subscription sees only its own events.
        root.put("eventType", eventType);
        root.put("schemaVersion", 1);
        root.put("aggregateType", "experience");
        root.put("aggregateId", subject);
        root.put("aggregateVersion", version);
        root.put("occurredAt", time.toString());
        ObjectNode data = root.putObject("data");
        data.put("id", subject);
        data.put("title", title);
        data.put("summary", "Cabines installées dans trois mairies du territoire");
        data.put("siren", "213300627");
        data.putArray("axes").add("e-inclusion");
        data.put("status", "published");
        data.put("demo", false);
        data.put("createdAt", time.toString());
        data.put("updatedAt", time.toString());
        if (contactName != null) {
            data.putObject("contact").put("name", contactName).put("email", contactEmail)
                    .put("consentAt", time.toString());
        }
        return root.toString();
    }
}
