#!/usr/bin/env node
// The benchmark's peer: drains a resource's event stream with Asana's official JavaScript client
// (npm `asana`, the version in package-lock.json) the way a script author would, and prints each
// event as one JSON line on stdout in `asana-feed --follow`'s format,
// {"type":"event","subscription":"<gid>","event":{…}}. Exits once the backlog is drained.
//
//   ASANA_TOKEN=... node follow-events.js BASE_URL RESOURCE_GID
//
// BASE_URL is the API root, e.g. http://127.0.0.1:PORT/api/1.0. The token comes from the
// environment, never the command line, where any local user could read it.
'use strict';

const Asana = require('asana');

async function main() {
    const [baseUrl, resource] = process.argv.slice(2);
    const token = process.env.ASANA_TOKEN;
    if (!baseUrl || !resource || !token) {
        console.error('usage: ASANA_TOKEN=... node follow-events.js BASE_URL RESOURCE_GID');
        process.exit(2);
    }

    const client = new Asana.ApiClient();
    client.basePath = baseUrl.replace(/\/+$/, '');
    client.authentications.token.accessToken = token;
    const events = new Asana.EventsApi(client);

    // The first call has no sync token: Asana answers 412 with a fresh one (the client rejects).
    let sync;
    try {
        await events.getEvents(resource, {});
    } catch (error) {
        sync = error.status === 412 && error.response && error.response.body ? error.response.body.sync : undefined;
        if (!sync) {
            throw error;
        }
    }

    // Then follow has_more until the stream is drained, one write per page.
    for (;;) {
        const page = await events.getEvents(resource, { sync });
        if (page.data.length > 0) {
            const lines = page.data.map((event) => JSON.stringify({ type: 'event', subscription: resource, event }));
            process.stdout.write(lines.join('\n') + '\n');
        }
        sync = page._response.sync;
        if (!page._response.has_more) {
            break;
        }
    }
}

main().catch((error) => {
    console.error(`follow-events: ${error.status ? `HTTP ${error.status}: ` : ''}${error.message}`);
    process.exit(1);
});
