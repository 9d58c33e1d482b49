package nl.utrecht.wijkgerichtwerken.config;

/** What {@link EngineApiBewaking} decides about one request: on to the REST resource ({@link #DOOR}) or refused. */
record Oordeel(EngineApiWeigering weigering) {

    static final Oordeel DOOR = new Oordeel(null);

    static Oordeel weiger(EngineApiWeigering weigering) {
        return new Oordeel(weigering);
    }
}
