package fr.mutualis.webhook.subscription.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the platform may send a webhook: never to a machine inside the syndicate's network (loopback, private
 * ranges, link-local and the cloud metadata address 169.254.169.254, shared address space, unique local IPv6), which
 * a subscription would otherwise let anyone probe. Checked when subscribing and again before every delivery, since
 * a name may resolve elsewhere later (DNS rebinding). Loopback is allowed only for development, when configured.
 */
public final class EndpointAddressPolicy {

    /** Resolves a host name, as the system resolver does. */
    @FunctionalInterface
    public interface HostResolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final boolean allowLoopback;
    private final HostResolver resolver;

    public EndpointAddressPolicy(boolean allowLoopback, HostResolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** With the system's resolver. */
    public static EndpointAddressPolicy systemResolver(boolean allowLoopback) {
        return new EndpointAddressPolicy(allowLoopback, host -> List.of(InetAddress.getAllByName(host)));
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /** Whether {@code host} names the loopback interface literally: the only http endpoints development accepts. */
    public static boolean isLoopbackName(String host) {
        return host != null && LOOPBACK_NAMES.contains(host.toLowerCase(Locale.ROOT));
    }

    /**
     * The internal address {@code endpoint}'s host resolves to, if any. A name that does not resolve now passes: it
     * is checked again before each delivery.
     */
    public Optional<InetAddress> internalAddressOf(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return addresses.stream()
                .filter(address -> isInternal(address) && !(allowLoopback && address.isLoopbackAddress()))
                .findFirst();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // shared address space (carrier-grade NAT)
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local addresses fc00::/7
        }
        return false;
    }
}
