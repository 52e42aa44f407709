package eu.dezky.platform.readmodel;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A projection's token store over axon-mongo's: the processor name is renamed on the way (a live projection keeps its
 * token under the name of the generation it writes), and storing a token can be deferred (a rebuild stores it only
 * after the batch's writes are in MongoDB, see {@link ReadModelTransactions}).
 */
public final class ProjectionTokenStore implements TokenStore {

    private final TokenStore delegate;
    private final UnaryOperator<String> rename;
    private final Consumer<Runnable> storing;

    public ProjectionTokenStore(TokenStore delegate, UnaryOperator<String> rename, Consumer<Runnable> storing) {
        this.delegate = delegate;
        this.rename = rename;
        this.storing = storing;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        delegate.initializeTokenSegments(rename.apply(processorName), segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        delegate.initializeTokenSegments(rename.apply(processorName), segmentCount, initialToken);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        String name = rename.apply(processorName);
        storing.accept(() -> delegate.storeToken(token, name, segment));
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return delegate.fetchToken(rename.apply(processorName), segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return delegate.fetchToken(rename.apply(processorName), segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        delegate.extendClaim(rename.apply(processorName), segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(rename.apply(processorName), segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate.initializeSegment(token, rename.apply(processorName), segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        delegate.deleteToken(rename.apply(processorName), segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(rename.apply(processorName));
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(rename.apply(processorName));
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
