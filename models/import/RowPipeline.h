// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <any>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <QString>

#include "csv/CsvReader.h"

namespace grapevine::importing {

/// Reads, decodes and checks the rows of a file on a thread of its own, a few hundred rows
/// ahead of the import that writes them: on two cores the file's reading then costs no time.
/// Memory stays bounded (at most kBatches batches of kBatchRows rows wait).
class RowPipeline final
{
public:
    struct Item
    {
        csv::CsvRow row;
        std::any parsed; ///< what `parse` made of the row, on the reading thread
        qint64 bytesRead = 0;
    };
    using Parse = std::function<std::any(const csv::CsvRow&)>;

    /// `reader` must be open; from now on only the pipeline's thread uses it. `parse` runs on
    /// that thread and must only read shared state.
    RowPipeline(csv::CsvReader& reader, Parse parse);
    /// Stops the reading thread and waits for it.
    ~RowPipeline();
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    /// The next row; false at the end of the file (or after a read error, see error()).
    bool next(Item& item);
    /// Why reading stopped early, once next() returned false; empty at a proper end.
    QString error() const;

    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kBatches = 8;

private:
    void read();

    csv::CsvReader& m_reader;
    Parse m_parse;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_ready;
    bool m_done = false; ///< the reader reached the end (or failed)
    bool m_stop = false; ///< the consumer went away
    QString m_error;
    std::vector<Item> m_current;
    size_t m_next = 0;
    std::thread m_thread;
};

} // namespace grapevine::importing
