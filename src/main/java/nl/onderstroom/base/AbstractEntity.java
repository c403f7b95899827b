package nl.onderstroom.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

/** Entities are equal by id; the hash code is constant so an entity keeps its place in a set when it gets its id. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Version
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
