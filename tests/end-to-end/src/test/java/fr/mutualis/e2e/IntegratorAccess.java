package fr.mutualis.e2e;

import fr.mutualis.testing.stack.StackEndpoints;
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
 * on the consumer groups prefixed by its name.
 */
final class IntegratorAccess {

    private IntegratorAccess() {
    }

    static void grantRead(StackEndpoints stack, String user, String password, String... topics) throws Exception {
        try (Admin admin = Admin.create(stack.kafkaClientConfig())) {
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

    private static AclBinding allow(String user, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }
}
