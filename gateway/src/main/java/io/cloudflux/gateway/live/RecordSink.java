package io.cloudflux.gateway.live;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

/** Where the records of one topic go once their value has been read as JSON. */
interface RecordSink {

    /** The stream this sink feeds, for metrics and logs. */
    String stream();

    void accept(ConsumerRecord<String, String> record, JsonNode value);
}
