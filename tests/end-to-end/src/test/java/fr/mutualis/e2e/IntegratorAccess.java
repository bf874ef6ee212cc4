package fr.mutualis.e2e;

import fr.mutualis.testing.stack.StackEndpoints;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What a syndicate administrator grants an integrator on the broker: a SCRAM-SHA-512 user, READ on some topics and
 * on the consumer groups prefixed by its name; and how that integrator's clients connect (SASL_SSL).
 */
final class IntegratorAccess {

    private IntegratorAccess() {
    }

    static void grantRead(StackEndpoints stack, String user, String password, String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all().get();
            List<AclBinding> acls = new java.util.ArrayList<>();
            for (String topic : topics) {
                acls.add(allow(user, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), AclOperation.READ));
            }
            acls.add(allow(user, new ResourcePattern(ResourceType.GROUP, user + ".", PatternType.PREFIXED), AclOperation.READ));
            admin.createAcls(acls).all().get();
        }
    }

    /** Client settings of an integrator on the SASL_SSL listener. */
    static Map<String, Object> clientConfig(StackEndpoints stack, String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", stack.integratorBootstrapServers());
        config.put("security.protocol", "SASL_SSL");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        config.put("ssl.truststore.type", "PKCS12");
        config.put("ssl.truststore.location", stack.integratorTruststorePath().toString());
        config.put("ssl.truststore.password", stack.integratorTruststorePassword());
        return config;
    }

    private static AclBinding allow(String user, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }
}
