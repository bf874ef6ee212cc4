package fr.mutualis.integration.access.kafka;

import fr.mutualis.integration.access.domain.AccessControl;
import fr.mutualis.integration.access.domain.BrokerUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.ResourceNotFoundException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * SCRAM-SHA-512 credentials and ACLs through the Kafka Admin API on the platform's internal listener. An
 * integrator gets READ on its granted topics and on the consumer groups named {@code <integrator>.…}; no WRITE, no
 * cluster permission.
 */
public class KafkaAccessControl implements AccessControl {

    private static final int SCRAM_ITERATIONS = 8192;

    private final Admin admin;

    public KafkaAccessControl(Admin admin) {
        this.admin = admin;
    }

    @Override
    public void setPassword(String integrator, String password) {
        await(admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(integrator,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password))).all());
    }

    @Override
    public void grantExactly(String integrator, List<String> topics) {
        removeAcls(integrator);
        List<AclBinding> acls = new ArrayList<>();
        topics.forEach(topic -> acls.add(allowRead(integrator, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL))));
        acls.add(allowRead(integrator, new ResourcePattern(ResourceType.GROUP, integrator + ".", PatternType.PREFIXED)));
        await(admin.createAcls(acls).all());
    }

    @Override
    public void revoke(String integrator) {
        removeAcls(integrator);
        try {
            await(admin.alterUserScramCredentials(List.of(
                    new UserScramCredentialDeletion(integrator, ScramMechanism.SCRAM_SHA_512))).all());
        } catch (BrokerUnavailableException e) {
            if (!(e.getCause() instanceof ResourceNotFoundException)) {
                throw e;
            }
        }
    }

    private void removeAcls(String integrator) {
        await(admin.deleteAcls(List.of(new AclBindingFilter(ResourcePatternFilter.ANY,
                new AccessControlEntryFilter(principal(integrator), null, AclOperation.ANY, AclPermissionType.ANY)))).all());
    }

    private static AclBinding allowRead(String integrator, ResourcePattern resource) {
        return new AclBinding(resource, new AccessControlEntry(principal(integrator), "*", AclOperation.READ,
                AclPermissionType.ALLOW));
    }

    private static String principal(String integrator) {
        return "User:" + integrator;
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static BrokerUnavailableException unavailable(Throwable cause) {
        return new BrokerUnavailableException("Kafka: " + cause.getMessage(), cause);
    }
}
