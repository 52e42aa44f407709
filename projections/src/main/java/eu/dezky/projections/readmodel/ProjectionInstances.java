package eu.dezky.projections.readmodel;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoOperations;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * New instances of projection classes over another store: the same code that keeps the live read model then builds
 * a new generation of it, or a tenant's past state in a throwaway database. A projection's constructor may take the
 * {@link MongoOperations} it writes to, a {@link QueryUpdateEmitter} (given one without subscribers: nobody waits
 * on a rebuild) and any other dependency, which {@code dependencies} supplies by type.
 */
public final class ProjectionInstances {

    private ProjectionInstances() {
    }

    public static Object create(Class<?> projectionClass, MongoOperations store, Function<Class<?>, Object> dependencies) {
        Constructor<?> constructor = Arrays.stream(projectionClass.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow();
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(type -> argument(type, store, dependencies))
                .toArray();
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + projectionClass.getName() + " over another store", e);
        }
    }

    private static Object argument(Class<?> type, MongoOperations store, Function<Class<?>, Object> dependencies) {
        if (type.isInstance(store)) {
            return store;
        }
        if (type == QueryUpdateEmitter.class) {
            return SimpleQueryUpdateEmitter.builder().build();
        }
        return dependencies.apply(type);
    }
}
