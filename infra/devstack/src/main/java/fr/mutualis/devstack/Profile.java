package fr.mutualis.devstack;

/**
 * Two stacks can run side by side on one machine: the platform a person uses, and the one the test suite uses, so
 * that tests never write into the demo data and a running platform never makes a test fail.
 */
public enum Profile {
    /** The platform started by {@code ./mutualis up}: demo data, ports 15432, 19092, 18083, 19200, 8081, 8082. */
    DEV(0, false),
    /** The stack of the test suite: other ports (+10000), its own folder, durability traded for speed. */
    TEST(10_000, true);

    private final int portOffset;
    private final boolean fastAndVolatile;

    Profile(int portOffset, boolean fastAndVolatile) {
        this.portOffset = portOffset;
        this.fastAndVolatile = fastAndVolatile;
    }

    int portOffset() {
        return portOffset;
    }

    /** Whether PostgreSQL may skip fsync: test data is thrown away anyway. */
    boolean fastAndVolatile() {
        return fastAndVolatile;
    }

    String folderName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
