package eu.dezky.platform.readmodel;

import eu.dezky.projections.readmodel.ProjectionInstances;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * The projection classes of each processing group, as Axon wired them, and new instances of them over another store
 * (a rebuild's generation, a throwaway database): no list to keep up to date beside the code.
 */
@Component
public class ProjectionCatalog {

    private final Configuration axon;
    private final BeanFactory beans;

    public ProjectionCatalog(Configuration axon, BeanFactory beans) {
        this.axon = axon;
        this.beans = beans;
    }

    /** The classes whose event handlers make up the group's processor; empty for an unknown group. */
    public List<Class<?>> classesOf(String group) {
        List<Class<?>> classes = new ArrayList<>();
        axon.eventProcessingConfiguration().eventProcessor(group, AbstractEventProcessor.class)
                .ifPresent(processor -> collect(processor.eventHandlerInvoker(), classes));
        return classes;
    }

    /** New instances of the group's projection classes, reading and writing {@code store}. */
    public List<Object> newInstances(String group, MongoOperations store) {
        return classesOf(group).stream()
                .map(type -> ProjectionInstances.create(type, store, beans::getBean))
                .toList();
    }

    /** {@code instance}'s event handlers, wrapped as Axon wraps the live ones (same resolvers and definitions). */
    public AnnotationEventHandlerAdapter eventHandlers(Object instance) {
        return new AnnotationEventHandlerAdapter(instance, axon.parameterResolverFactory(),
                axon.handlerDefinition(instance.getClass()));
    }

    /** {@code instance}'s query handlers, wrapped as Axon wraps the live ones. */
    public AnnotationQueryHandlerAdapter<Object> queryHandlers(Object instance) {
        return new AnnotationQueryHandlerAdapter<>(instance, axon.parameterResolverFactory(),
                axon.handlerDefinition(instance.getClass()));
    }

    public EventProcessingConfiguration processing() {
        return axon.eventProcessingConfiguration();
    }

    private static void collect(EventHandlerInvoker invoker, List<Class<?>> classes) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collect(delegate, classes));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            for (Object handler : simple.eventHandlers()) {
                classes.add(handler instanceof AnnotationEventHandlerAdapter adapter ? adapter.getTargetType()
                        : ClassUtils.getUserClass(handler));
            }
        }
    }
}
