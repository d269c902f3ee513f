// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowPipeline.h"

#include <utility>

namespace grapevine::importing {

RowPipeline::RowPipeline(csv::CsvReader& reader, Parse parse)
    : m_reader(reader)
    , m_parse(std::move(parse))
    , m_thread([this] { read(); })
{ }

RowPipeline::~RowPipeline()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPipeline::read()
{
    bool more = true;
    while (more) {
        std::vector<Item> batch;
        batch.reserve(kBatchRows);
        Item item;
        while (batch.size() < kBatchRows && (more = m_reader.next(item.row))) {
            if (m_parse)
                item.parsed = m_parse(item.row);
            item.bytesRead = m_reader.bytesRead();
            batch.push_back(std::move(item));
            item = Item();
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatches; });
        if (m_stop)
            return;
        if (!batch.empty())
            m_ready.push_back(std::move(batch));
        if (!more) {
            m_done = true;
            m_error = m_reader.error();
        }
        lock.unlock();
        m_changed.notify_all();
    }
}

bool RowPipeline::next(Item& item)
{
    if (m_next >= m_current.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return false;
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    item = std::move(m_current[m_next++]);
    return true;
}

QString RowPipeline::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

} // namespace grapevine::importing
