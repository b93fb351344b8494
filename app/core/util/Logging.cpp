#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "asanafeed.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "asanafeed.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "asanafeed.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "asanafeed.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "asanafeed.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "asanafeed.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "asanafeed.feed", QtInfoMsg)
